"""WSGI entry point: ``gunicorn --preload genauth_site.wsgi`` (run from examples/django_project)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "genauth_site.settings")

application = get_wsgi_application()

# Create the GenAuth client now, in the master process under --preload, rather than in each
# worker's first request: the workers inherit it and each starts its own connections on first use.
import genauth_site.genauth  # noqa: E402, F401
