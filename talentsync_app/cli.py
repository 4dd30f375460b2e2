"""The ``talentsync`` command line: analyse files, manage the model and database."""

import argparse
import json
import logging
import sys
from pathlib import Path

from talentsync_app.logging_setup import configure_logging
from talentsync_app.settings import PROJECT_ROOT

logger = logging.getLogger(__name__)

DEFAULT_DATASET_DIR = (
    PROJECT_ROOT.parent / "shared" / "realdata" / "kaggle-updatedresumedataset"
)


def _analyze(args: argparse.Namespace) -> int:
    from talentsync_app.core.pipeline import analyze_path

    rows = [row for path in args.files for row in analyze_path(Path(path))]
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        for row in rows:
            sys.stdout.write(_summary_line(row) + "\n")
    return 1 if rows and all(row.get("error") for row in rows) else 0


def _summary_line(row: dict) -> str:
    if row.get("error"):
        return f"ERROR {row['error']}"
    category = row["category"]
    return (
        f"{row['file']}: {row.get('name') or '?'} <{row.get('email') or '?'}> "
        f"{category['label']} ({category['confidence']:.0%}), "
        f"{len(row['skills'])} skills, quality {row['quality']['score']}/100"
    )


def _dataset_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    folder = Path(args.data_dir)
    return folder / "UpdatedResumeDataSet.csv", folder / "dedup_groups.csv"


def _model_train(args: argparse.Namespace) -> int:
    from talentsync_app.core.classify import train_and_save

    metrics = train_and_save(*_dataset_paths(args))
    sys.stdout.write(json.dumps(metrics, indent=2, default=str) + "\n")
    return 0


def _model_evaluate(args: argparse.Namespace) -> int:
    from talentsync_app.core.classify import evaluate_grouped, format_report

    metrics = evaluate_grouped(*_dataset_paths(args))
    sys.stdout.write(format_report(metrics) + "\n")
    return 0


def _db_upgrade(_args: argparse.Namespace) -> int:
    from talentsync_app.db.migrate import upgrade_database

    upgrade_database()
    return 0


def _wait_db(args: argparse.Namespace) -> int:
    from talentsync_app.ops.startup import DatabaseUnavailable, wait_for_database

    try:
        wait_for_database(timeout_seconds=args.timeout)
    except DatabaseUnavailable as exc:
        logger.error("%s", exc)
        return 1
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from talentsync_app.ops.seed import seed_database

    sys.stdout.write(json.dumps(seed_database(), default=str) + "\n")
    return 0


def _startup(args: argparse.Namespace) -> int:
    from talentsync_app.ops.secrets_check import InsecureConfiguration
    from talentsync_app.ops.startup import DatabaseUnavailable, run_startup

    try:
        run_startup(timeout_seconds=args.timeout)
    except (DatabaseUnavailable, InsecureConfiguration) as exc:
        logger.error("%s", exc)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    from talentsync_app.ops.serve import serve

    serve(args.host, args.port)
    return 0


def _add_ops_commands(commands: argparse._SubParsersAction) -> None:
    """Add the operations subcommands used by the container entry point."""
    wait_db = commands.add_parser("wait-db", help="wait until the database answers")
    wait_db.add_argument("--timeout", type=float, default=None, help="seconds")
    wait_db.set_defaults(func=_wait_db)
    commands.add_parser("seed", help="idempotent seed: the admin account").set_defaults(
        func=_seed
    )
    startup = commands.add_parser(
        "startup", help="check secrets, wait for the database, migrate, seed"
    )
    startup.add_argument("--timeout", type=float, default=None, help="seconds")
    startup.set_defaults(func=_startup)
    serve = commands.add_parser("serve", help="serve the exported production build")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(func=_serve)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="talentsync", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="analyse resume files offline")
    analyze.add_argument("files", nargs="+", help="PDF, DOCX, TXT, MD or ZIP files")
    analyze.add_argument("--json", action="store_true", help="print a JSON array")
    analyze.set_defaults(func=_analyze)

    model = commands.add_parser("model", help="train or evaluate the category model")
    model_commands = model.add_subparsers(dest="model_command", required=True)
    for name, func, text in (
        ("train", _model_train, "train on the dataset and save to models/"),
        ("evaluate", _model_evaluate, "grouped cross-validated accuracy"),
    ):
        sub = model_commands.add_parser(name, help=text)
        sub.add_argument("--data-dir", default=str(DEFAULT_DATASET_DIR))
        sub.set_defaults(func=func)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(
        func=_db_upgrade
    )
    _add_ops_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    configure_logging()
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
