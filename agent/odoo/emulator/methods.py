"""The public ORM methods a client may call, and how a call is bound and checked.

:func:`call` reproduces the checks Odoo's ``service/model.py`` does before running a
method (private name, unknown method, argument count) with the same error messages, then
runs one of the small functions registered with :func:`method`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import errors, rules
from .database import Database, Record
from .schema import X2MANY


@dataclass
class Env:
    """Who calls, on which model, with which context (Odoo's ``self.env``, simplified)."""

    db: Database
    uid: int
    model: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Method:
    """A callable RPC method: ``multi`` methods take record ids as first argument."""

    fn: Callable[..., Any]
    multi: bool
    access: str | None
    owner: str


#: Methods by scope: "*" for every model, "thread" for models with a chatter, else a model.
REGISTRY: dict[str, dict[str, Method]] = {}


def method(
    scope: str = "*", *, multi: bool = False, access: str | None = "read", owner: str = "BaseModel"
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``fn`` as the RPC method of the same name for ``scope``."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY.setdefault(scope, {})[fn.__name__.rstrip("_")] = Method(fn, multi, access, owner)
        return fn

    return register


def find(db: Database, model: str, name: str) -> Method | None:
    """Return the method ``name`` of ``model``, looking at the model, its mixins, then BaseModel."""
    fields = db.schema(model).fields
    scopes = [model]
    if "message_ids" in fields:
        scopes.append("thread")
    scopes.append("*")
    for scope in scopes:
        found = REGISTRY.get(scope, {}).get(name)
        if found is not None:
            return found
    return None


def call(env: Env, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """Run ``model.name(*args, **kwargs)`` after Odoo's checks.

    Raises:
        ServerError: AccessError for private methods, AttributeError for unknown ones,
            TypeError for arguments that do not fit, and whatever the method raises.

    """
    db = env.db
    db.schema(env.model)
    if name.startswith("_"):
        raise errors.access_error(
            f"Private methods (such as '{env.model}.{name}') cannot be called remotely."
        )
    found = find(db, env.model, name)
    if found is None or (name == "name_get" and db.version >= 17):
        raise errors.attribute_error(f"The method '{env.model}.{name}' does not exist")
    _check_signature(found, name, args, kwargs)
    if found.access:
        db.check_access(env.uid, env.model, found.access)
    if found.multi:
        ids = args[0]
        ids = [ids] if isinstance(ids, int) else list(ids or [])
        return found.fn(env, ids, *args[1:], **kwargs)
    return found.fn(env, *args, **kwargs)


def _check_signature(found: Method, name: str, args: list[Any], kwargs: dict[str, Any]) -> None:
    params = list(inspect.signature(found.fn).parameters.values())[1:]
    label = f"{found.owner}.{name}()"
    positional = [p for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    if found.multi:
        positional = positional[1:]
        if not args:
            raise errors.type_error(f"{label} missing 1 required positional argument: 'self'")
    given = 1 + len(args) - (1 if found.multi else 0)
    if not any(p.kind is p.VAR_POSITIONAL for p in params) and given > 1 + len(positional):
        low = 1 + sum(1 for p in positional if p.default is p.empty)
        high = 1 + len(positional)
        takes = f"from {low} to {high}" if low != high else str(high)
        noun = "argument" if takes == "1" else "arguments"
        raise errors.type_error(f"{label} takes {takes} positional {noun} but {given} were given")
    names = {p.name for p in params}
    if not any(p.kind is p.VAR_KEYWORD for p in params):
        for key in kwargs:
            if key not in names:
                raise errors.type_error(f"{label} got an unexpected keyword argument '{key}'")
    bound_count = len(args) - (1 if found.multi else 0)
    for param in positional[bound_count:]:
        if param.default is param.empty and param.name not in kwargs:
            raise errors.type_error(
                f"{label} missing 1 required positional argument: '{param.name}'"
            )


# -- search and read ---------------------------------------------------------------------
def _active_test(env: Env) -> bool:
    return env.context.get("active_test", True) is not False


@method()
def search(
    env: Env, domain: list[Any], offset: int = 0, limit: int | None = None, order: str | None = None
) -> list[int]:
    """Ids of the records matching ``domain``."""
    return env.db.search(env.model, domain, offset, limit, order, _active_test(env))


@method()
def search_count(env: Env, domain: list[Any], limit: int | None = None) -> int:
    """How many records match ``domain``."""
    return len(env.db.search(env.model, domain, 0, limit, None, _active_test(env)))


@method()
def search_read(
    env: Env,
    domain: list[Any] | None = None,
    fields: list[str] | None = None,
    offset: int = 0,
    limit: int | None = None,
    order: str | None = None,
) -> list[Record]:
    """Search then read, in one round trip."""
    for name in fields or []:
        env.db.field(env.model, name)
    ids = env.db.search(env.model, domain or [], offset, limit, order, _active_test(env))
    return env.db.read(env.model, ids, fields, None)


@method(multi=True)
def read(
    env: Env, ids: list[int], fields: list[str] | None = None, load: str = "_classic_read"
) -> list[Record]:
    """Field values of existing records; unknown ids are skipped."""
    return env.db.read(env.model, ids, fields, load)


@method(multi=True)
def name_get(env: Env, ids: list[int]) -> list[list[Any]]:
    """``[[id, display_name], ...]`` (Odoo 16 only; removed in 17)."""
    return [[i, env.db.display_name(env.model, i)] for i in env.db.existing(env.model, ids)]


@method()
def name_search(
    env: Env,
    name: str = "",
    args: list[Any] | None = None,
    operator: str = "ilike",
    limit: int = 100,
    domain: list[Any] | None = None,
) -> list[list[Any]]:
    """``[[id, display_name], ...]`` of records whose name matches (``args`` is 18's ``domain``)."""
    leaves = list(domain or args or [])
    if name:
        leaves.append(("display_name", operator, name))
    ids = env.db.search(env.model, leaves, 0, limit, None, _active_test(env))
    return [[i, env.db.display_name(env.model, i)] for i in ids]


@method(access=None)
def fields_get(
    env: Env, allfields: list[str] | None = None, attributes: list[str] | None = None
) -> dict[str, Any]:
    """Field definitions, optionally restricted to some fields and attributes."""
    out = {}
    for name, fld in env.db.schema(env.model).fields.items():
        if allfields and name not in allfields:
            continue
        attrs = fld.attributes()
        out[name] = {k: attrs[k] for k in attributes if k in attrs} if attributes else attrs
    return out


@method(access=None)
def default_get(env: Env, fields_list: list[str]) -> dict[str, Any]:
    """No defaults are exposed: the emulator fills them at creation."""
    return {}


@method(multi=True)
def exists(env: Env, ids: list[int]) -> list[int]:
    """Return the ids that still exist."""
    return env.db.existing(env.model, ids)


@method(access=None)
def check_access_rights(env: Env, operation: str, raise_exception: bool = True) -> bool:
    """Whether the user may ``operation`` on the model."""
    try:
        env.db.check_access(env.uid, env.model, operation)
    except errors.ServerError:
        if raise_exception:
            raise
        return False
    return True


# -- create, write, unlink ---------------------------------------------------------------
@method(access="create")
def create(env: Env, vals_list: dict[str, Any] | list[dict[str, Any]]) -> int | list[int]:
    """Create one record from a dict (returns its id) or several from a list (ids)."""
    if isinstance(vals_list, dict):
        return create_record(env, env.model, vals_list)
    return [create_record(env, env.model, vals) for vals in vals_list]


def create_record(env: Env, model: str, vals: dict[str, Any]) -> int:
    """Create one record of ``model``, applying defaults, constraints and x2many commands."""
    db = env.db
    stored: Record = {}
    relational: dict[str, Any] = {}
    for name, value in vals.items():
        fld = db.field(model, name)
        if fld.type in X2MANY:
            relational[name] = value
        elif name != "id":
            stored[name] = db.convert(model, name, value)
    peek = max(db.data.next_ids.get(model, 1), max(db.data.table(model), default=0) + 1)
    stored = {**rules.defaults(db, model, peek, env.uid, stored), **stored}
    rules.check_required(db, model, stored)
    if model == "res.users" and not stored.get("partner_id"):
        partner = {"name": stored.get("name") or stored["login"], "email": stored.get("email")}
        stored["partner_id"] = create_record(env, "res.partner", partner)
    rec_id = db.data.next_id(model)
    db.data.table(model)[rec_id] = stored
    for name, value in relational.items():
        _apply_x2many(env, model, rec_id, name, value)
    return rec_id


@method(multi=True, access="write")
def write(env: Env, ids: list[int], vals: dict[str, Any]) -> bool:
    """Update records; every id must exist."""
    write_records(env, env.model, ids, vals)
    return True


def write_records(env: Env, model: str, ids: list[int], vals: dict[str, Any]) -> None:
    """Write ``vals`` on ``ids`` of ``model`` (MissingError when one is gone)."""
    db = env.db
    missing = [i for i in ids if not db.exists(model, i)]
    if missing:
        raise errors.missing_error(model, missing, env.uid)
    converted = {
        n: v if db.field(model, n).type in X2MANY else db.convert(model, n, v)
        for n, v in vals.items()
    }
    rules.check_write(db, model, ids, converted)
    for rec_id in ids:
        row = db.data.table(model)[rec_id]
        for name, value in converted.items():
            if db.field(model, name).type in X2MANY:
                _apply_x2many(env, model, rec_id, name, value)
            else:
                row[name] = value
        row.update(write_uid=env.uid, write_date=db.now())


@method(multi=True, access="unlink")
def unlink(env: Env, ids: list[int]) -> bool:
    """Delete records (subject to the model's deletion rules)."""
    db = env.db
    missing = [i for i in ids if not db.exists(env.model, i)]
    if missing:
        raise errors.missing_error(env.model, missing, env.uid)
    rules.check_unlink(db, env.model, ids)
    for rec_id in ids:
        del db.data.table(env.model)[rec_id]
    return True


def _apply_x2many(env: Env, model: str, rec_id: int, name: str, value: Any) -> None:
    fld = env.db.field(model, name)
    assert fld.relation is not None
    comodel, inverse = fld.relation, fld.relation_field
    current: list[int] = list(env.db.value(model, rec_id, name))
    commands = list(value) if isinstance(value, list | tuple) else []
    if commands and all(isinstance(c, int) for c in commands):
        commands = [(6, 0, commands)]
    owner = {inverse: rec_id} if fld.type == "one2many" and inverse else {}
    for command in commands:
        current = _command(env, comodel, owner, current, list(command))
    if owner and inverse:
        for other_id, other in env.db.data.table(comodel).items():
            if other_id in current:
                other[inverse] = rec_id
            elif other.get(inverse) == rec_id:
                other[inverse] = False
    else:
        env.db.data.table(model)[rec_id][name] = current


def _command(
    env: Env, comodel: str, owner: dict[str, int], current: list[int], command: list[Any]
) -> list[int]:
    """Apply one x2many command ``(code, id, values)`` to the list of linked ids."""
    code = command[0]
    target: int = command[1] if len(command) > 1 else 0
    if code == 0:
        return [*current, create_record(env, comodel, {**dict(command[2]), **owner})]
    if code == 1:
        write_records(env, comodel, [target], dict(command[2]))
        return current
    if code == 2:
        env.db.data.table(comodel).pop(target, None)
    if code in (2, 3):
        return [i for i in current if i != target]
    if code == 4:
        return current if target in current else [*current, target]
    if code == 5:
        return []
    if code == 6:
        return list(command[2])
    raise errors.value_error(f"Invalid x2many command {command!r}")


# -- small model-specific methods --------------------------------------------------------
@method("res.users", access=None, owner="Users")
def context_get(env: Env) -> dict[str, Any]:
    """Return the user's context: language, time zone, uid."""
    user = env.db.data.table("res.users").get(env.uid, {})
    return {
        "lang": user.get("lang") or "en_US",
        "tz": user.get("tz") or "Europe/Brussels",
        "uid": env.uid,
    }


def xmlid_lookup(db: Database, module: str, name: str) -> tuple[str, int]:
    """Resolve ``module.name`` through ir.model.data; ValueError when unknown."""
    for row in db.data.table("ir.model.data").values():
        if row.get("module") == module and row.get("name") == name:
            return str(row["model"]), int(row["res_id"])
    raise errors.value_error(f"External ID not found in the system: {module}.{name}")


@method("ir.model.data", access=None, owner="IrModelData")
def check_object_reference(
    env: Env, module: str, xml_id: str, raise_on_access_error: bool = False
) -> list[Any]:
    """``[model, id]`` of an external id such as ``mail.mail_activity_data_todo``."""
    model, res_id = xmlid_lookup(env.db, module, xml_id)
    return [model, res_id]


@method("ir.model.data", access=None, owner="IrModelData")
def xmlid_to_res_model_res_id(env: Env, xmlid: str, raise_if_not_found: bool = False) -> list[Any]:
    """``[model, id]`` of a full external id ``module.name`` (older odoorpc uses it)."""
    module, _, name = xmlid.partition(".")
    model, res_id = xmlid_lookup(env.db, module, name)
    return [model, res_id]
