"""Test support shared by every test folder: one fake HTTP server and one JWT helper.

Imported as ``tests.support`` (the repository root is on pytest's ``pythonpath``). The emulator,
``genauth_async.testing``, is the product's own stand-in for GenAuth; this package holds only the
tests' own stand-ins, which answer what a test scripts and record what the client sent.
"""
