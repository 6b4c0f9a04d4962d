#!/usr/bin/env python3
"""Writes the database-level crafted plan files of this folder.

Each case starts from a valid plan file (give its path; make one with
`dxplan-cli new --sample valid.dxplan`), changes its plan.sqlite the way an
attacker or a broken tool would, and packs it again exactly as DX Plan
Studio does (stored `mimetype` first, then `manifest.json` and
`plan.sqlite` deflated, with honest sizes and SHA-256), so that only the
database is wrong. Usage:

    python3 tests/data/hostile/make_database_cases.py valid.dxplan tests/data/hostile
"""
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import zipfile

LONG_TEXT = "printf('%.*c', 1048577, 'x')"

# name -> (statements, expected message fragment)
CASES = {
    "db-table-named-like-sqlite": (["CREATE TABLE sqlitex_payload (x)"], "structure differs"),
    "db-table-upper-case-sqlite": (["CREATE TABLE SQLITEX (x)"], "structure differs"),
    "db-generated-column": (["ALTER TABLE glossary ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(term)) VIRTUAL"],
                            "structure differs"),
    "db-expensive-check-constraint": ([
        "PRAGMA foreign_keys = OFF", "DROP TABLE systems",
        "CREATE TABLE systems (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
        " number INTEGER NOT NULL CHECK (length(printf('%.*c', 200000000 + number, 'x')) > 0),"
        " business TEXT NOT NULL, system TEXT NOT NULL, owner TEXT NOT NULL)",
        "PRAGMA ignore_check_constraints = ON",
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
        " INSERT INTO systems SELECT i, i, i, '', '', '' FROM n"], "structure differs"),
    "db-expression-index": (["CREATE INDEX shouting ON glossary(upper(term))"], "structure differs"),
    "db-trigger": (["CREATE TRIGGER t AFTER UPDATE ON plan_info BEGIN SELECT 1; END"], "structure differs"),
    "db-view": (["CREATE VIEW v AS SELECT * FROM measures"], "structure differs"),
    "db-foreign-application-id": (["PRAGMA application_id = 1"], "not a DX Plan Studio plan"),
    "db-year-far-outside": (["UPDATE phases SET end_year = 99999"], "phases.end_year"),
    "db-month-thirteen": (["UPDATE phases SET start_month = 13"], "phases.start_month"),
    "db-id-beyond-32-bits": (["UPDATE glossary SET id = 4294967297 WHERE id = (SELECT min(id) FROM glossary)"],
                             "glossary.id"),
    "db-text-in-integer-column": (["UPDATE measures SET audience = 'everyone'"], "measures.audience"),
    "db-unknown-enum": (["UPDATE phases SET kind = 7"], "phases.kind"),
    "db-date-that-does-not-exist": (["UPDATE kpi_actuals SET date = '2025-02-30'"], "kpi_actuals.date"),
    "db-infinite-target": (["UPDATE kpi_targets SET value = 1e999"], "kpi_targets.value"),
    "db-huge-baseline": (["UPDATE kpis SET baseline_value = -1e300"], "kpis.baseline_value"),
    "db-text-over-the-limit": (["UPDATE glossary SET explanation = " + LONG_TEXT], "glossary.explanation"),
    "db-dangling-reference": (["INSERT INTO measure_departments SELECT id, 999999, 9 FROM measures LIMIT 1"],
                              "refers to something"),
    "db-no-plan-row": (["DELETE FROM plan_info"], "exactly one plan"),
}


def pack(database: bytes, path: str) -> None:
    manifest = {
        "format": "application/vnd.dxplan+zip", "formatMajor": 1, "formatMinor": 0,
        "application": "DX Plan Studio", "applicationVersion": "0.1.0",
        "savedAt": "2026-11-30T00:00:00Z",
        "entries": [{"name": "plan.sqlite", "size": len(database),
                     "sha256": hashlib.sha256(database).hexdigest()}],
    }
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 11, 30, 0, 0, 0)), b"application/vnd.dxplan+zip",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("manifest.json", json.dumps(manifest, indent=4).encode()), ("plan.sqlite", database)):
            info = zipfile.ZipInfo(name, (2026, 11, 30, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    valid, folder = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(valid) as z:
        original = z.read("plan.sqlite")
    for name, (statements, expected) in CASES.items():
        with tempfile.TemporaryDirectory() as temp:
            db_path = os.path.join(temp, "plan.sqlite")
            with open(db_path, "wb") as f:
                f.write(original)
            db = sqlite3.connect(db_path, isolation_level=None)
            for statement in statements:
                db.execute(statement)
            db.execute("VACUUM")
            db.close()
            with open(db_path, "rb") as f:
                pack(f.read(), os.path.join(folder, name + ".dxplan"))
        with open(os.path.join(folder, name + ".expect"), "w") as f:
            f.write(expected + "\n")


if __name__ == "__main__":
    main()
