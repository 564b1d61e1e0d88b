"""Spec-driven state for every resource family without hand-written handlers (see ``families.py``)."""
