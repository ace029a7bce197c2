"""Where the minutes can be read online: a link template for evidence, ``{path}`` and ``{line}``.

Evidence names a file by its path relative to the folder given to ``kg build``. A template such
as ``https://github.com/OWNER/REPO/blob/main/{path}#L{line}`` turns that into a web link. When
none is given and the minutes sit in a git checkout whose ``origin`` is on GitHub, GitLab or
Codeberg, the template is made from the remote and the checked-out commit (``git`` is asked;
nothing goes over the network). Credentials in a remote URL never reach the template.

Examples
--------
>>> check_template("https://github.com/o/r/blob/main/{path}#L{line}")
'https://github.com/o/r/blob/main/{path}#L{line}'
>>> source_link("https://github.com/o/r/blob/main/{path}#L{line}", "2019/a b.md", 12)
'https://github.com/o/r/blob/main/2019/a%20b.md#L12'
>>> web_repository("git@github.com:nodejs/TSC.git")
('github', 'https://github.com/nodejs/TSC')
"""

from __future__ import annotations

import os
import re
import string
import subprocess
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import InputError

__all__ = ["check_template", "detect_template", "source_link", "web_repository"]

_FIELDS = frozenset({"path", "line"})
_SCP_LIKE = re.compile(r"^(?:[\w.-]+@)?([\w.-]+):(?!//)(.+)$")  # git@host:owner/repo.git
_BLOB = {
    "github": "{repo}/blob/{commit}/{prefix}{{path}}?plain=1#L{{line}}",
    "gitlab": "{repo}/-/blob/{commit}/{prefix}{{path}}?plain=1#L{{line}}",
    "codeberg": "{repo}/src/commit/{commit}/{prefix}{{path}}#L{{line}}",
}


def check_template(template: str) -> str:
    """``template`` if it is an http(s) URL using ``{path}`` (and at most ``{line}``), else
    :class:`InputError` saying what is wrong."""
    hint = "e.g. --source-url 'https://github.com/OWNER/REPO/blob/main/{path}#L{line}'"
    parts = urlsplit(template.replace("{path}", "p").replace("{line}", "1"))
    if parts.scheme not in ("http", "https") or not parts.hostname or template != template.strip():
        raise InputError(f"--source-url {template!r}: not an http(s) URL; {hint}")
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise InputError(f"--source-url {template!r}: {exc}; {hint}") from None
    if "path" not in fields or not set(fields) <= _FIELDS:
        unknown = ", ".join(sorted(f"{{{f}}}" for f in set(fields) - _FIELDS))
        what = f"unknown field {unknown}" if unknown else "no {path} in it"
        raise InputError(f"--source-url {template!r}: {what}; {hint}")
    return template


def source_link(template: str | None, path: str, line: int | None = None) -> str | None:
    """The link to line ``line`` of ``path`` (relative, ``/``-separated), or None."""
    if not template or not path or path.startswith("/") or ".." in path.split("/"):
        return None
    link = template.replace("{path}", quote(path, safe="/-._~"))
    return link.replace("{line}", str(line if line and line > 0 else 1))


def web_repository(remote: str) -> tuple[str, str] | None:
    """``(forge, https URL)`` of a git remote on GitHub, GitLab or Codeberg, without credentials.

    >>> web_repository("https://user:token@gitlab.com/g/sub/p.git")
    ('gitlab', 'https://gitlab.com/g/sub/p')
    >>> web_repository("/srv/git/p.git") is None
    True
    """
    remote = remote.strip()
    scp = _SCP_LIKE.match(remote)
    if "://" not in remote and scp:
        host, path = scp.group(1), scp.group(2)
    else:
        parts = urlsplit(remote)
        if parts.scheme not in ("https", "http", "ssh", "git") or not parts.hostname:
            return None
        host, path = parts.hostname, parts.path
    host = host.lower()
    path = path.strip("/").removesuffix(".git").strip("/")
    if host == "github.com" or host.endswith(".github.com"):
        forge = "github"
    elif host == "gitlab.com" or host.startswith("gitlab."):
        forge = "gitlab"
    elif host == "codeberg.org":
        forge = "codeberg"
    else:
        return None
    if path.count("/") < 1 or not re.fullmatch(r"[\w.~/-]+", path):
        return None
    return forge, f"https://{host}/{path}"


def detect_template(paths: Sequence[str | os.PathLike[str]]) -> str | None:
    """The template for minutes given as ``paths`` when they are all in one git checkout with a
    known remote and agree on one template; else None. Never raises."""
    found = {_template_for(Path(p)) for p in paths}
    if len(found) != 1:
        return None
    return found.pop()


def _template_for(given: Path) -> str | None:
    folder = given if given.is_dir() else given.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    commit = _git(folder, "rev-parse", "--verify", "HEAD")
    remote = _git(folder, "config", "--get", "remote.origin.url")
    if not (top and commit and remote and re.fullmatch(r"[0-9a-f]{40,64}", commit)):
        return None
    repo = web_repository(remote)
    if repo is None:
        return None
    try:
        inside = folder.resolve().relative_to(Path(top).resolve()).as_posix()
    except ValueError:
        return None
    prefix = "" if inside == "." else quote(inside, safe="/-._~") + "/"
    forge, url = repo
    return _BLOB[forge].format(repo=url, commit=commit, prefix=prefix)


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None
