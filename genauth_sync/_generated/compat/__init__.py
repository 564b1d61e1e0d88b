# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Generated compat clients (sync): the official methods and answers (see tools/codegen/compat.py)."""
