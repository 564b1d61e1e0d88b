"""Settings of the example project: no database, no templates, configuration from the environment."""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "insecure-example-key-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS: list[str] = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "genauth_site.middleware.GenAuthErrorMiddleware",
]
ROOT_URLCONF = "genauth_site.urls"
WSGI_APPLICATION = "genauth_site.wsgi.application"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True

# Read once, when genauth_site.genauth creates the process-wide client.
GENAUTH_ACCESS_KEY_ID = os.environ.get("GENAUTH_ACCESS_KEY_ID", "")
GENAUTH_ACCESS_KEY_SECRET = os.environ.get("GENAUTH_ACCESS_KEY_SECRET", "")
GENAUTH_HOST = os.environ.get("GENAUTH_HOST") or None  # None: the public GenAuth API
