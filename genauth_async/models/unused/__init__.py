# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Models no endpoint takes or returns (563 modules), kept importable but out of the way.

Mostly the spec's envelope wrappers (``...RespDto``: ``statusCode``, ``message``, ``data``), which the
SDK never returns because it unwraps ``data``, and payloads of calls the SDK does not make. Import
them as before, from :mod:`genauth_async.models`; see docs/internals.md ("Models layout").
"""
