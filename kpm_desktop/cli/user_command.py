"""`kpm user`: add, list, change the password of, and deactivate user accounts; unlock a
user name after failed sign-ins, list the sign-ins, set the sign-in policy, and remove the
demo accounts.

The new password comes from `KPM_NEW_PASSWORD`, else a prompt asked twice. On a database
without an HR admin, `kpm user add NAME --role hr_admin` creates the first admin with no
signed-in user; everything else acts as `--user` (an HR admin, or oneself for `passwd`).
"""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import replace
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.domain.access import Role, parse_role
from kpm_desktop.domain.errors import PermissionDeniedError, ValidationError

NEW_PASSWORD_ENV_VAR = "KPM_NEW_PASSWORD"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("user", help="manage user accounts")
    actions = parser.add_subparsers(dest="user_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a user (password: $KPM_NEW_PASSWORD or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, help="hr_admin, supervisor, employee or viewer")
    add.add_argument("--staff", metavar="NO", help="employee number of the user's staff record")
    add.add_argument("--display-name", default="", help="name shown in the app")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the user accounts")
    listing.set_defaults(handler=run_list)
    passwd = actions.add_parser("passwd", help="set a user's password")
    passwd.add_argument("name")
    passwd.set_defaults(handler=run_passwd)
    deactivate = actions.add_parser("deactivate", help="stop a user from signing in")
    deactivate.add_argument("name")
    deactivate.set_defaults(handler=run_deactivate)
    unlock = actions.add_parser("unlock", help="let a user name sign in again after failures")
    unlock.add_argument("name")
    unlock.set_defaults(handler=run_unlock)
    sign_ins = actions.add_parser("sign-ins", help="list the latest sign-in attempts")
    sign_ins.add_argument("--name", help="only the attempts as this user name")
    sign_ins.add_argument("--limit", type=int, default=100, help="at most this many (100)")
    sign_ins.set_defaults(handler=run_sign_ins)
    policy = actions.add_parser(
        "sign-in-policy", help="show or set when failed sign-ins slow down and lock"
    )
    policy.add_argument("--throttle-after", type=int, help="failures before each attempt waits")
    policy.add_argument("--lock-after", type=int, help="failures that lock the user name")
    policy.add_argument("--lock-minutes", type=int, help="how long a lock lasts")
    policy.set_defaults(handler=run_policy)
    remove_demo = actions.add_parser(
        "remove-demo", help="remove the demo accounts (their password is published)"
    )
    remove_demo.set_defaults(handler=run_remove_demo)


def new_password(username: str) -> str:
    from_env = os.environ.get(NEW_PASSWORD_ENV_VAR)
    if from_env is not None:
        return from_env
    first = getpass.getpass(f"New password for {username}: ")
    second = getpass.getpass(f"New password for {username} (again): ")
    if first != second:
        raise ValidationError("The two passwords typed for {username} differ", username=username)
    return first


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    role = parse_role(args.role)
    auth = context.services.auth
    if auth.needs_first_admin():
        if role is not Role.HR_ADMIN:
            raise PermissionDeniedError(
                "The database has no HR admin yet; create one first with "
                "`kpm user add NAME --role hr_admin`"
            )
        created = auth.create_first_admin(new_password(args.name), args.name, args.display_name)
    else:
        actor = context.actor
        created = auth.create_user(
            actor,
            args.name,
            new_password(args.name),
            role,
            display_name=args.display_name,
            staff_no=args.staff,
        )
    context.print(f"User {created.username} added with role {created.role.value}")
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    for user in context.services.auth.list_users(context.actor):
        last = f"{user.last_login_at:%Y-%m-%d %H:%M} UTC" if user.last_login_at else "never"
        context.print(
            "\t".join(
                [
                    user.username,
                    user.display_name,
                    user.role.value,
                    user.staff_label or "-",
                    "active" if user.active else "deactivated",
                    f"last sign-in {last}",
                ]
            )
        )
    return 0


def run_passwd(args: argparse.Namespace, context: CliContext) -> int:
    actor = context.actor
    context.services.auth.set_password(actor, args.name, new_password(args.name))
    context.print(f"Password of {args.name} changed")
    return 0


def run_deactivate(args: argparse.Namespace, context: CliContext) -> int:
    context.services.auth.deactivate(context.actor, args.name)
    context.print(f"User {args.name} deactivated")
    return 0


def run_unlock(args: argparse.Namespace, context: CliContext) -> int:
    if context.services.sign_ins.unlock(context.actor, args.name):
        context.print(f"{args.name} may sign in again")
    else:
        context.print(f"{args.name} has no failed sign-ins to forget")
    return 0


def run_sign_ins(args: argparse.Namespace, context: CliContext) -> int:
    entries = context.services.sign_ins.sign_ins(context.actor, args.limit, args.name)
    for entry in entries:
        context.print(
            "\t".join(
                [
                    f"{entry.occurred_at:%Y-%m-%d %H:%M:%S} UTC",
                    entry.username,
                    entry.channel.value,
                    entry.outcome.value,
                ]
            )
        )
    for locked in context.services.sign_ins.locked_names(context.actor):
        until = (
            f"locked until {locked.locked_until:%Y-%m-%d %H:%M} UTC" if locked.locked_until else ""
        )
        context.print(f"# {locked.username}: {locked.failures} failures in a row {until}".rstrip())
    return 0


def run_policy(args: argparse.Namespace, context: CliContext) -> int:
    service = context.services.sign_ins
    changes = {
        name: value
        for name, value in (
            ("throttle_after", args.throttle_after),
            ("lock_after", args.lock_after),
            ("lock_minutes", args.lock_minutes),
        )
        if value is not None
    }
    if changes:
        service.set_policy(context.actor, replace(service.policy(), **changes))
    policy = service.policy()
    context.print(
        f"After {policy.throttle_after} failed sign-ins in a row each attempt waits "
        f"(up to {policy.max_delay_seconds:g} s); {policy.lock_after} lock the user name for "
        f"{policy.lock_minutes} min"
    )
    return 0


def run_remove_demo(args: argparse.Namespace, context: CliContext) -> int:
    removal = context.services.demo_accounts.remove(context.actor)
    if not removal.deleted and not removal.retired:
        context.print("There are no demo accounts")
        return 0
    if removal.deleted:
        context.print(f"Removed the demo accounts {', '.join(removal.deleted)}")
    if removal.retired:
        context.print(
            f"Deactivated {', '.join(removal.retired)} without a password: records of the "
            "audit log or appraisals name them"
        )
    return 0
