"""LinkedIn "Get a copy of your data" export (zip or folder of CSV files, or one of them with
``--from linkedin-export``).

- ``Connections.csv`` (after LinkedIn's ``Notes:`` preamble; 2018–2021 columns or the newer ones
  with ``URL``) → accounts + mutual follows with the owner (``linkedin:me``: the export does not
  name its owner). A connection's id is its profile URL when the export has one, else its
  e-mail address, else a hash of the row (:func:`connection_ids`): two people with the same
  name stay two people.
- ``Shares.csv`` → the owner's posts. LinkedIn wraps each line of a multi-line text in quotes
  (``line one"\\n"line two``): undone. The 2018 export writes it as UTF-16 with tabs.
- ``Comments.csv`` → comments (LinkedIn writes a comment's line breaks unquoted: the lines are
  joined back); ``Reactions.csv`` → likes and reactions, on the comment when the link names one
  (``?commentUrn=…``), else on the post.
- ``messages.csv`` (2018: ``Messages.csv``) → one private ``message`` interaction from the sender
  to each recipient, the conversation as channel: collaboration ties. People are named by
  profile URL when the file gives one (2021+), else by name: a name held by exactly one
  connection is that connection, any other name is ``linkedin:name:<name>``. The owner is the
  person in every conversation. Sponsored messages (no sender) are counted, not imported.
- ``Invitations.csv`` → a follow from inviter to invitee (LinkedIn makes the inviter follow the
  invitee) with the invitation's date, direction and message, for invitations that are not
  already connections.

Dates come as ``2021-06-16 15:00:02``, ``… UTC``, ``17 Jun 2021``, ``6/8/18, 9:08 AM`` or
``9-Sep-22`` (a file saved again by a spreadsheet): each is read.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, unquote, urlparse

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import ExportTree, decode, rows, stable_id
from socialscope.ingest.records import Part

OWNER = "linkedin:me"
FILES = ("Connections.csv", "Shares.csv", "Comments.csv", "Reactions.csv", "messages.csv", "Invitations.csv")
DATE_FORMATS = ("ISO8601", "%d %b %Y", "%m/%d/%y, %I:%M %p", "%d-%b-%y", "%Y/%m/%d %H:%M:%S")


HEADERS = {
    "connections.csv": ("firstname", "lastname", "connectedon"),
    "shares.csv": ("date", "sharelink"),
    "comments.csv": ("date", "link", "message"),
    "reactions.csv": ("date", "type", "link"),
    "messages.csv": ("from", "to", "content"),
    "invitations.csv": ("from", "to", "sentat"),
}
"""The columns that identify each file of the export (names as :func:`_key` gives them)."""


def detect(tree: ExportTree) -> bool:
    return "Connections.csv" in set(tree.files())


def is_export_file(name: str, head: bytes) -> bool:
    """Whether a file on its own is one of the export's (``Shares.csv`` …): its name, and a
    header line with that file's columns in its first bytes."""
    required = HEADERS.get(name.lower())
    if required is None:
        return False
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    text = head.decode("utf-16" if utf16 else "utf-8-sig", "replace")
    return any(all(c in _key(line) for c in required) for line in text.splitlines())


def _key(name: str) -> str:
    """Column names across years: ``Share Link``/``ShareLink``, ``FROM``/``From`` → ``sharelink``, ``from``."""
    return re.sub(r"[\s_]", "", name).lower()


def _find(tree: ExportTree, name: str) -> str | None:
    """The export's file called ``name`` (LinkedIn changed the case: ``Messages.csv`` in 2018)."""
    return next((f for f in tree.files() if f.lower() == name.lower()), None)


def _read(tree: ExportTree, name: str, required: tuple[str, ...]) -> pd.DataFrame:
    """The CSV after any preamble, columns named by :func:`_key`, each record with ``_row`` =
    the line it starts on.

    Read with the standard ``csv`` module, and lines with too few fields joined to the record
    before them: LinkedIn writes the line breaks of a comment unquoted (a real export's
    ``Comments.csv`` has 208 comments over 233 lines).
    """
    label = tree.label(name)
    raw = tree.read_bytes(name)
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    text = decode(raw, label, "utf-16" if utf16 else "utf-8-sig")
    lines = text.splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines) if all(c in _key(line) for c in required[:2])), None)
    if header is None:
        raise InputError(Problem(label, None, None, f"no header line with {', '.join(required)}"))
    reader = csv.reader(io.StringIO("".join(lines[header:]), newline=""), delimiter="\t" if utf16 else ",")
    try:
        columns = [_key(c) for c in next(reader)]
        records, starts, last = [], [], 1
        for record in reader:
            start, last = header + last + 1, reader.line_num
            if not record:
                continue
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


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as stripped text ("" when absent or empty)."""
    blank = pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return frame.get(name, blank).fillna("").astype(str).str.strip()


def dates(values: pd.Series) -> pd.Series:
    """ISO 8601 text for each of LinkedIn's date forms; a value no form reads is kept as it was,
    so the import's checks report it (file, row, field)."""
    text = values.fillna("").astype(str).str.replace("\u202f", " ").str.strip().str.removesuffix(" UTC")
    parsed = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for fmt in DATE_FORMATS:
        todo = parsed.isna() & text.ne("")
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(text[todo], format=fmt, errors="coerce", utc=True).dt.tz_localize(None)
    iso = parsed.map(lambda t: t.isoformat() if not pd.isna(t) else None).astype(object)
    return iso.where(parsed.notna(), values.where(values.notna(), None)).astype(object)


def connection_ids(people: pd.DataFrame) -> pd.Series:
    """One id per row of ``Connections.csv``; only a URL or an e-mail says two rows are one person.

    ``linkedin:<profile URL>`` when the export has one (newer exports), else
    ``linkedin:email:<address>`` (shared by the connection), else ``linkedin:conn:<hash>`` of the
    row's name, company, position and connected-on date; a member whose name, company and
    position are all hidden adds the record's position in the file, so two hidden members
    connected on the same day stay two people.
    """
    url = _column(people, "url").str.rstrip("/")
    email = _column(people, "emailaddress").str.lower()
    described = [_column(people, c) for c in ("firstname", "lastname", "company", "position")]
    hidden = pd.concat(described, axis=1).eq("").all(axis=1)
    position = pd.Series(range(1, len(people) + 1), index=people.index).astype(str).where(hidden, "")
    row_key = [stable_id(*values) for values in zip(*described, _column(people, "connectedon"), position, strict=True)]
    ids = pd.Series("linkedin:conn:" + pd.Series(row_key, index=people.index), index=people.index)
    ids = ids.where(email.eq(""), "linkedin:email:" + email)
    return ids.where(url.eq(""), "linkedin:" + url)


def _urn(links: pd.Series) -> pd.Series:
    """``linkedin:urn:li:…`` of what a link points at: the comment when it names one
    (``?commentUrn=…``), else the post."""

    def one(link: object) -> str | None:
        if not isinstance(link, str) or not link:
            return None
        query = parse_qs(urlparse(link).query)
        comment = query.get("commentUrn") or query.get("replyUrn")
        target = comment[0] if comment else unquote(link)
        match = re.search(r"(urn:li:[^/?&]+)", target)
        return f"linkedin:{match.group(1)}" if match else None

    return links.map(one).astype(object)


def _unquote_lines(text: object) -> object:
    """Undo LinkedIn's per-line quoting of multi-line texts (``one"\\n""\\n"two`` → ``one\\n\\ntwo``),
    only where every line break is such a separator."""
    if not isinstance(text, str):
        return text
    for separator in ('"\r\n"', '"\n"'):
        if separator in text and text.count("\n") == text.count(separator):
            return text.replace(separator, "\n")
    return text


def parse(path: str) -> list[Part]:
    tree = ExportTree(path)
    found = {name: _find(tree, name) for name in FILES}
    if not any(found.values()) and len(tree.files()) == 1:  # one file renamed, given with --from: its header says which
        single = tree.files()[0]
        head = tree.read_bytes(single)[:8192]
        kind = next((name for name in FILES if is_export_file(name, head)), None)
        if kind is not None:
            found[kind] = single
    if not any(found.values()):
        raise InputError(Problem(str(path), None, None, f"none of {', '.join(FILES)} is in this export"))
    first = next(f for f in found.values() if f)
    parts = [Part("accounts", tree.label(first), rows([{
        "_row": 1, "account_id": OWNER, "platform": "linkedin", "handle": "me", "kind": "person", "is_own": True,
    }]))]  # fmt: skip
    people = pd.DataFrame({"_row": []})
    ids = pd.Series([], dtype=object)
    if found["Connections.csv"]:
        name = found["Connections.csv"]
        label = tree.label(name)
        people = _read(tree, name, ("firstname", "lastname", "connectedon"))
        names = (_column(people, "firstname") + " " + _column(people, "lastname")).str.strip().replace("", None)
        ids = connection_ids(people)
        people["name"], people["id"] = names, ids
        parts.append(Part("accounts", label, pd.DataFrame({
            "_row": people["_row"], "account_id": ids, "platform": "linkedin", "display_name": names, "kind": "person",
            "attributes": [{"company": c, "position": p, "email": e} for c, p, e in
                           zip(*(people.get(k, [None] * len(people)) for k in ("company", "position", "emailaddress")),
                               strict=True)],
        })))  # fmt: skip
        connected = dates(people["connectedon"])
        both = pd.concat([
            pd.DataFrame({"_row": people["_row"], "src_account_id": OWNER, "dst_account_id": ids, "followed_at": connected}),
            pd.DataFrame({"_row": people["_row"], "src_account_id": ids, "dst_account_id": OWNER, "followed_at": connected}),
        ])  # fmt: skip
        both["platform"] = "linkedin"
        parts.append(Part("follows", label, both))
    if found["Shares.csv"]:
        parts.append(_shares(tree, found["Shares.csv"]))
    if found["Comments.csv"]:
        comments = _read(tree, found["Comments.csv"], ("date", "link", "message"))
        parts.append(Part("interactions", tree.label(found["Comments.csv"]), pd.DataFrame({
            "_row": comments["_row"], "actor_account_id": OWNER, "kind": "comment", "post_id": _urn(comments["link"]),
            "created_at": dates(comments["date"]), "text": comments["message"],
        })))  # fmt: skip
    if found["Reactions.csv"]:
        reactions = _read(tree, found["Reactions.csv"], ("date", "type", "link"))
        kinds = reactions["type"].fillna("").str.upper()
        parts.append(Part("interactions", tree.label(found["Reactions.csv"]), pd.DataFrame({
            "_row": reactions["_row"], "actor_account_id": OWNER, "kind": kinds.map(lambda t: "like" if t == "LIKE" else "reaction"),
            "post_id": _urn(reactions["link"]), "created_at": dates(reactions["date"]),
            "extra": [{"reaction": t, "on_comment": "commentUrn=" in str(link)} for t, link in
                      zip(reactions["type"], reactions["link"], strict=True)],
        })))  # fmt: skip
    directory = _People(people)
    invitations = _read(tree, found["Invitations.csv"], ("from", "to", "sentat")) if found["Invitations.csv"] else None
    if found["messages.csv"]:
        parts += _messages(tree, found["messages.csv"], directory, invitations)
    if invitations is not None:
        parts += _invitations(tree.label(found["Invitations.csv"]), invitations, directory)
    return parts


def _shares(tree: ExportTree, name: str) -> Part:
    shares = _read(tree, name, ("date", "sharelink"))
    missing = pd.Series([None] * len(shares), index=shares.index, dtype=object)
    text = shares.get("sharecommentary", missing).map(_unquote_lines)
    return Part("posts", tree.label(name), pd.DataFrame({
        "_row": shares["_row"], "post_id": _urn(shares["sharelink"]), "account_id": OWNER, "platform": "linkedin",
        "created_at": dates(shares["date"]), "text": text, "url": shares["sharelink"],
        "extra": [{"shared_url": u, "media_url": m, "visibility": v} for u, m, v in
                  zip(*(shares.get(c, missing) for c in ("sharedurl", "mediaurl", "visibility")), strict=True)],
    }))  # fmt: skip


class _People:
    """Who a name or profile URL in messages and invitations is (see the module docstring)."""

    def __init__(self, people: pd.DataFrame) -> None:
        self.by_name: dict[str, str] = {}
        self.connections: set[str] = set(people["id"]) if "id" in people else set()
        self.connected_names: set[str] = set(people["name"].dropna()) if "name" in people else set()
        if len(people) and "name" in people:
            counts = people["name"].value_counts()
            unique = people[people["name"].isin(counts[counts == 1].index)]
            self.by_name = dict(zip(unique["name"], unique["id"], strict=True))
        self.owner_names: set[str] = set()
        self.owner_urls: set[str] = set()

    def id(self, name: str, url: str = "") -> str | None:
        url = url.strip().rstrip("/")
        name = name.strip()
        if (url and url in self.owner_urls) or (name and name in self.owner_names):
            return OWNER
        if url and url.rsplit("/", 1)[-1] not in ("in", ""):  # 2023+ exports sometimes write bare ".../in"
            return f"linkedin:{url}"
        if not name:
            return None
        return self.by_name.get(name, f"linkedin:name:{name}")


def _participants(frame: pd.DataFrame) -> list[list[tuple[str, str]]]:
    """Each message's recipients as (name, profile URL): several in 2023+ exports, where the
    names and URLs are comma-joined in the same order; one (whose name may hold a comma) before."""
    out = []
    for to, urls in zip(_column(frame, "to"), _column(frame, "recipientprofileurls"), strict=True):
        links = [u for u in urls.split(",") if u] if urls else []
        names = to.split(",") if links and len(to.split(",")) == len(links) else [to]
        out.append(list(zip(names, links or [""] * len(names), strict=True)))
    return out


def _messages(tree: ExportTree, name: str, people: _People, invitations: pd.DataFrame | None) -> list[Part]:
    label = tree.label(name)
    messages = _read(tree, name, ("from", "to"))
    senders = _column(messages, "from")
    sender_urls = _column(messages, "senderprofileurl")
    recipients = _participants(messages)
    if invitations is not None:  # the owner sends the outgoing invitations
        outgoing = _column(invitations, "direction").str.upper().eq("OUTGOING")
        people.owner_names |= set(_column(invitations, "from")[outgoing]) - {""}
        people.owner_urls |= set(_column(invitations, "inviterprofileurl")[outgoing]) - {
            "",
            "https://www.linkedin.com/in",
        }
    if not people.owner_names:  # else: the person in every conversation
        conversation = _column(messages, "conversationid").where(lambda c: c.ne(""), _column(messages, "subject"))
        seen: dict[str, set[str]] = {}
        for talk, sender, to in zip(conversation, senders, recipients, strict=True):
            for person in [sender, *(n for n, _ in to)]:
                seen.setdefault(person.strip(), set()).add(talk)
        everywhere = [p for p, talks in seen.items() if p and len(talks) == conversation.nunique()]
        people.owner_names |= set(everywhere[:1])
    for person, url in zip(senders, sender_urls, strict=True):
        if person in people.owner_names and url:
            people.owner_urls.add(url.rstrip("/"))
    records, sponsored = [], 0
    stamps = _column(messages, "date")
    dated = dates(messages["date"]) if "date" in messages else stamps.where(stamps.ne(""), None)
    talks = _column(messages, "conversationid").where(lambda c: c.ne(""), _column(messages, "subject"))
    contents, folders = messages.get("content", stamps.map(lambda _: None)), _column(messages, "folder")
    titles = _column(messages, "conversationtitle").where(lambda c: c.ne(""), _column(messages, "subject"))
    for index in range(len(messages)):
        actor = people.id(senders.iat[index], sender_urls.iat[index])
        if actor is None:  # "Sponsored Conversation" InMail: no sender
            sponsored += 1
            continue
        talk, content = talks.iat[index], contents.iat[index]
        for target_name, target_url in recipients[index]:
            target = people.id(target_name, target_url)
            records.append({
                "_row": messages["_row"].iat[index], "actor_account_id": actor, "kind": "message",
                "target_account_id": target, "created_at": dated.iat[index], "text": content,
                "channel": f"linkedin:{talk}" if talk else None,
                "interaction_id": "linkedin:msg:" + stable_id(talk, senders.iat[index], stamps.iat[index], content, target),
                "extra": {"private": True, "folder": folders.iat[index] or None, "subject": titles.iat[index] or None},
            })  # fmt: skip
    note = f"{sponsored:,} sponsored messages without a sender not imported" if sponsored else ""
    return [Part("interactions", label, rows(records), note=note)] if records else []


def _invitations(label: str, invitations: pd.DataFrame, people: _People) -> list[Part]:
    """Invitations not already connections, as follows from inviter to invitee."""
    follows = []
    for _, row in invitations.iterrows():
        names = (str(row.get("from") or "").strip(), str(row.get("to") or "").strip())
        inviter = people.id(names[0], str(row.get("inviterprofileurl") or ""))
        invitee = people.id(names[1], str(row.get("inviteeprofileurl") or ""))
        if inviter is None or invitee is None or inviter == invitee or {inviter, invitee} & people.connections:
            continue
        if set(names) & people.connected_names:  # a name two connections share: connected either way
            continue
        follows.append({"_row": row["_row"], "src_account_id": inviter, "dst_account_id": invitee, "platform": "linkedin",
                        "followed_at": row.get("sentat"),
                        "extra": {"invitation": str(row.get("direction") or "").lower() or None,
                                  "message": row.get("message")}})  # fmt: skip
    if not follows:
        return []
    frame = rows(follows)
    frame["followed_at"] = dates(frame["followed_at"])
    return [Part("follows", label, frame.drop_duplicates(["src_account_id", "dst_account_id"], keep="first"))]
