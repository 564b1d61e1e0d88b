"""FastAPI example service for genauth_async (see main.py and README.md)."""
