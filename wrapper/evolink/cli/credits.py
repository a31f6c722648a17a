"""``evolink credits``: the account's balance, as text for people or one JSON object for scripts."""

from __future__ import annotations

import json
from typing import Any

import click

from evolink import Balance, Credits

from .exit_codes import CommandError

__all__ = ["credits_record", "print_credits"]


def _balance(balance: Balance | None) -> dict[str, Any] | None:
    if balance is None:
        return None
    return {"remaining": balance.remaining, "used": balance.used, "unlimited": balance.unlimited}


def credits_record(credits: Credits | None, failure: CommandError | None = None) -> dict[str, Any]:
    """The JSON object: the same keys on success and on failure (then ``failure`` says why)."""
    return {
        "token": _balance(credits.token if credits else None),
        "user": _balance(credits.user if credits else None),
        "spendable": credits.spendable if credits else None,
        "failure": failure.as_dict() if failure else None,
    }


def print_credits(credits: Credits, *, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(credits_record(credits)))
        return
    key_left = "unlimited" if credits.token.unlimited else f"{credits.token.remaining:,.4f}"
    click.echo(f"{'spendable:':<16}{credits.spendable:,.4f}")
    click.echo(f"{'account left:':<16}{credits.user.remaining:,.4f} (used {credits.user.used:,.4f})")
    click.echo(f"{'key left:':<16}{key_left} (used {credits.token.used:,.4f})")
