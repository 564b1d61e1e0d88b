"""The sync facade's own machinery: the portal thread that runs the async client for blocking
callers (its lifecycle, threads, fork, re-entry, a caller whose loop is running) and the facade's
argument checks. Features merely called through ``genauth_sync`` are tested beside the feature.

The fake server is the shared one (``server`` in tests/conftest.py).
"""
