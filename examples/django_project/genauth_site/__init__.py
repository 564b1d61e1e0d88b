"""A minimal Django project whose plain sync views call GenAuth through ``genauth_sync``."""
