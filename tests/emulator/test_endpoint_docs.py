"""The docs page and the README count of stateful and sample-only endpoints are generated from
the emulator's route table and must match it; every engine family has its scenario row."""

from __future__ import annotations

import re
from pathlib import Path

from genauth_async.testing.stateful.coverage import ENGINE, HAND_WRITTEN, SAMPLE, counts, markdown, rows
from genauth_async.testing.stateful.families import ANSWER_NOTES, NOT_MODELLED
from genauth_async.testing.stateful.plan import candidates, plans
from tools.emulator_endpoints import PAGE, main

from ._family_scenarios import SCENARIOS

ROOT = Path(__file__).resolve().parents[2]
# Tenant admins are marks on tenant users; test_stateful_engine drives them through both SDKs.
# MFA factors (authentication client, signed-in user) in test_stateful_engine too. Metadata
# operations list as one model per page (not a list): test_stateful_links drives them.
COVERED_ELSEWHERE = {"tenant_admin", "factor", "factor_enrollment", "metadata_operate"}


def test_docs_page_is_generated_from_the_route_table() -> None:
    assert PAGE.read_text(encoding="utf-8") == markdown()
    assert main(["--check"]) == 0
    sample_rows = [line for line in markdown().splitlines() if line.startswith(("| management |", "| authentication |"))]
    assert len(sample_rows) == counts()[SAMPLE]


def test_readme_states_the_measured_counts() -> None:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    found = re.search(r"Of the spec's (\d+) endpoints, (\d+) answer from the engine's state, (\d+) through"
                      r" hand-written handlers, and \*\*(\d+) answer a schema-valid", text)
    assert found is not None
    c = counts()
    assert tuple(int(g) for g in found.groups()) == (len(rows()), c[ENGINE], c[HAND_WRITTEN], c[SAMPLE])


def test_engine_endpoints_are_the_family_table_and_hand_written_routes_win() -> None:
    refs = {(ep.client, ep.method, ep.path) for p in plans() for eps in p.endpoints.values() for ep in eps}
    engine = {(r.client, r.method, r.path) for r in rows() if r.kind == ENGINE}
    assert engine <= refs
    # A family endpoint not served by the engine is served by a hand-written handler, never a sample.
    by_path = {(r.client, r.method, r.path): r.kind for r in rows()}
    assert all(by_path[ref] in (ENGINE, HAND_WRITTEN) for ref in refs)


def test_every_family_has_a_scenario() -> None:
    assert {p.family.name for p in plans()} - COVERED_ELSEWHERE == {s.family for s in SCENARIOS}


def test_every_resource_of_the_spec_is_modelled_or_says_why_not() -> None:
    kinds = {f"{r.method} {r.path.removeprefix('/api/v3/')}": r.kind for r in rows() if r.client == "management"}
    creates = {ref for ops in candidates().values() for ref in ops["create"]}
    sampled = {ref for ref in creates if kinds[ref] == SAMPLE}
    assert sampled == set(NOT_MODELLED)
    # The notes on oddly typed answers are about stateful endpoints, and name real ones.
    assert {kinds[ref] for ref in ANSWER_NOTES} <= {ENGINE, HAND_WRITTEN}
    assert len(candidates()) > 40  # the path patterns really find the spec's resources
