"""LinkedIn "Get a copy of your data" export (zip or folder of CSV files).

``Connections.csv`` (after LinkedIn's ``Notes:`` preamble; 2021 columns or the newer ones with
``URL``) → accounts + mutual follows with the owner (``linkedin:me``, since the export does not
name its owner); ``Shares.csv`` → the owner's posts (LinkedIn doubles the quote at each line
break of the text: repaired); ``Comments.csv`` → comments; ``Reactions.csv`` → reactions.
A connection's id is its profile URL when the export has one, else its e-mail address, else a
hash of the row (see :func:`connection_ids`): two people with the same name stay two people.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import unquote

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import ExportTree, rows, stable_id, timestamps
from socialscope.ingest.records import Part

OWNER = "linkedin:me"
FILES = ("Connections.csv", "Shares.csv", "Comments.csv", "Reactions.csv")


def detect(tree: ExportTree) -> bool:
    return "Connections.csv" in set(tree.files())


def _read(tree: ExportTree, name: str, required: tuple[str, ...]) -> pd.DataFrame:
    """The CSV after any preamble, each record with ``_row`` = the line it starts on.

    Read with the standard ``csv`` module, and lines with too few fields joined to the record
    before them: LinkedIn writes the line breaks of a comment unquoted (a real export's
    ``Comments.csv`` has 208 comments over 233 lines).
    """
    label = tree.label(name)
    lines = tree.read_text(name).lstrip("\ufeff").splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines) if all(col in line for col in required[:2])), None)
    if header is None:
        raise InputError(Problem(label, None, None, f"no header line with {', '.join(required)}"))
    reader = csv.reader(io.StringIO("".join(lines[header:]), newline=""))
    try:
        columns = next(reader)
        records, starts, last = [], [], 1
        for record in reader:
            start, last = header + last + 1, reader.line_num
            if len(record) < len(columns) and records:
                # LinkedIn writes line breaks of a text unquoted: the line continues the last field
                records[-1][-1] = (records[-1][-1] or "") + "\n" + ",".join(record)
                continue
            if len(record) != len(columns):
                raise InputError(Problem(label, start, None, f"{len(record)} fields, the header has {len(columns)}"))
            starts.append(start)
            records.append(record)
    except csv.Error as exc:
        raise InputError(Problem(label, header + reader.line_num, None, f"not readable as CSV: {exc}")) from None
    missing = [c for c in required if c not in columns]
    if missing:
        raise InputError(Problem(label, header + 1, missing[0], "missing column"))
    frame = pd.DataFrame(records, columns=columns, dtype=object)
    frame.insert(0, "_row", starts)
    return frame.replace("", None)


def connection_ids(people: pd.DataFrame) -> pd.Series:
    """One id per row of ``Connections.csv``; only a URL or an e-mail says two rows are one person.

    ``linkedin:<profile URL>`` when the export has one (newer exports), else
    ``linkedin:email:<address>`` (shared by the connection), else ``linkedin:conn:<hash>`` of the
    row's name, company, position and connected-on date; a member whose name, company and
    position are all hidden adds the record's position in the file, so two hidden members
    connected on the same day stay two people.
    """
    blank = pd.Series([None] * len(people), index=people.index, dtype=object)

    def column(name: str) -> pd.Series:
        return people.get(name, blank).fillna("").astype(str).str.strip()

    url = column("URL").str.rstrip("/")
    email = column("Email Address").str.lower()
    described = [column(c) for c in ("First Name", "Last Name", "Company", "Position")]
    hidden = pd.concat(described, axis=1).eq("").all(axis=1)
    position = pd.Series(range(1, len(people) + 1), index=people.index).astype(str).where(hidden, "")
    row_key = [stable_id(*values) for values in zip(*described, column("Connected On"), position, strict=True)]
    ids = pd.Series("linkedin:conn:" + pd.Series(row_key, index=people.index), index=people.index)
    ids = ids.where(email.eq(""), "linkedin:email:" + email)
    return ids.where(url.eq(""), "linkedin:" + url)


def _urn(links: pd.Series) -> pd.Series:
    return "linkedin:" + links.fillna("").map(unquote).str.extract(r"(urn:li:[^/?]+)", expand=False)


def parse(path: str) -> list[Part]:
    tree = ExportTree(path)
    parts = [Part("accounts", tree.label("Connections.csv"), rows([{
        "_row": 1, "account_id": OWNER, "platform": "linkedin", "handle": "me", "kind": "person", "is_own": True,
    }]))]  # fmt: skip
    people = _read(tree, "Connections.csv", ("First Name", "Last Name", "Connected On"))
    label = tree.label("Connections.csv")
    names = (people["First Name"].fillna("") + " " + people["Last Name"].fillna("")).str.strip().replace("", None)
    ids = connection_ids(people)
    attributes = [
        {"company": c, "position": p, "email": e}
        for c, p, e in zip(people.get("Company"), people.get("Position"), people.get("Email Address"), strict=True)
    ]
    parts.append(Part("accounts", label, pd.DataFrame({
        "_row": people["_row"], "account_id": ids, "platform": "linkedin", "display_name": names, "kind": "person",
        "attributes": attributes,
    })))  # fmt: skip
    connected = timestamps(people["Connected On"], "%d %b %Y")
    both = pd.concat([
        pd.DataFrame({"_row": people["_row"], "src_account_id": OWNER, "dst_account_id": ids, "followed_at": connected}),
        pd.DataFrame({"_row": people["_row"], "src_account_id": ids, "dst_account_id": OWNER, "followed_at": connected}),
    ])  # fmt: skip
    both["platform"] = "linkedin"
    parts.append(Part("follows", label, both))
    files = set(tree.files())
    if "Shares.csv" in files:
        shares = _read(tree, "Shares.csv", ("Date", "ShareLink"))
        missing = pd.Series([None] * len(shares), index=shares.index, dtype=object)
        text = shares.get("ShareCommentary", missing)
        text = text.str.replace('""\r\n', "\n", regex=False).str.replace('""\n', "\n", regex=False)
        parts.append(Part("posts", tree.label("Shares.csv"), pd.DataFrame({
            "_row": shares["_row"], "post_id": _urn(shares["ShareLink"]), "account_id": OWNER, "platform": "linkedin",
            "created_at": timestamps(shares["Date"]), "text": text.str.rstrip('"'), "url": shares["ShareLink"],
            "extra": [{"shared_url": u, "media_url": m, "visibility": v} for u, m, v in
                      zip(*(shares.get(c, missing) for c in ("SharedURL", "MediaURL", "Visibility")), strict=True)],
        })))  # fmt: skip
    if "Comments.csv" in files:
        comments = _read(tree, "Comments.csv", ("Date", "Link", "Message"))
        parts.append(Part("interactions", tree.label("Comments.csv"), pd.DataFrame({
            "_row": comments["_row"], "actor_account_id": OWNER, "kind": "comment", "post_id": _urn(comments["Link"]),
            "created_at": timestamps(comments["Date"]), "text": comments["Message"],
        })))  # fmt: skip
    if "Reactions.csv" in files:
        reactions = _read(tree, "Reactions.csv", ("Date", "Type", "Link"))
        parts.append(Part("interactions", tree.label("Reactions.csv"), pd.DataFrame({
            "_row": reactions["_row"], "actor_account_id": OWNER,
            "kind": reactions["Type"].str.upper().map(lambda t: "like" if t == "LIKE" else "reaction"),
            "post_id": _urn(reactions["Link"]), "created_at": timestamps(reactions["Date"]),
            "extra": [{"reaction": t} for t in reactions["Type"]],
        })))  # fmt: skip
    return parts
