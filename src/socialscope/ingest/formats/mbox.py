"""Email as mbox (Thunderbird, Gmail Takeout, Mailman/pipermail archives), via the standard
library's ``mailbox`` and ``email`` packages.

Each message becomes one ``email`` interaction per recipient (To and Cc); a message with no
recipients (pipermail archives strip them) goes to the author of the message it replies to
(``In-Reply-To``/``References``), else it is a broadcast with no target. Accounts are
``email:<address>`` with the display name; pipermail's ``user at host`` obfuscation is undone.
The thread (subject without Re:/Fwd: and list tags) is the ``channel``.
A message whose sender a list archive lost (Mailman's ``bogus@does.not.exist.com``) is
an unknown sender of its own, never one shared person.

A folder of mbox files (a Thunderbird profile's folders, a Takeout with several labels, a
mailing list's monthly archives) is read as one mailbox: replies find their parent in any
file, and a message stored in two files (Inbox and Sent) is one message.
"""

from __future__ import annotations

import email.message
import email.utils
import mailbox
import re
from email.header import decode_header, make_header
from pathlib import Path

import pandas as pd

from socialscope.errors import InputError, Problem
from socialscope.ingest.formats.common import rows, timestamps
from socialscope.ingest.records import Part

# Mailman's archiver writes this sender for a message whose From it could not read; each such
# message is its own unknown sender (``email:unknown:<message id>``), never one shared person.
LOST_SENDER = "bogus@does.not.exist.com"
_OBFUSCATED = re.compile(r"\b([\w.+-]+) at ([\w-]+(?:\.[\w-]+)+)\b")
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw)\s*:\s*|\[[^\]]+\]\s*)+", re.IGNORECASE)


def detect_file(path: Path) -> bool:
    """An mbox file, or a folder of ``.mbox`` files (and no other export's JSON or CSV files).
    A Mailman (pipermail) list archive's monthly ``2019-January.txt`` is an mbox too."""
    if path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file()]
        named = [p for p in files if p.suffix.lower() in (".mbox", ".mbx")]
        others = [p for p in files if p.suffix.lower() in (".json", ".js", ".csv", ".car", ".ndjson", ".jsonl")]
        archives = [p for p in files if p.suffix.lower() == ".txt" and _is_mbox(p)]
        return bool(named or archives) and not others and all(_is_mbox(p) for p in named)
    return _is_mbox(path)


# The separator line of an mbox (``From sender date``, the date ending in its year) followed by
# a header line: how a text file that is really an mbox — pipermail's ``.txt`` — is told apart.
_SEPARATOR = re.compile(rb"From [^\r\n]* \d{4}\r?\n[!-9;-~]+:[ \t]")


def _is_mbox(path: Path) -> bool:
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in (".mbox", ".mbx", ".txt", ""):
        return False
    with path.open("rb") as fh:
        head = fh.read(4096)
    if suffix == ".txt":
        return bool(_SEPARATOR.match(head))
    return head[:5] == b"From "


def _mailboxes(source: Path) -> list[Path]:
    if source.is_dir():
        boxes = sorted(p for p in source.rglob("*") if _is_mbox(p))
        if not boxes:
            raise InputError(
                Problem(str(source), None, None, "no mbox file (starting with a 'From ' line) in this folder")
            )
        return boxes
    if not source.is_file():
        raise InputError(Problem(str(source), None, None, "file not found"))
    with source.open("rb") as fh:
        if fh.read(5) != b"From ":
            raise InputError(Problem(str(source), 1, None, "not an mbox file (must start with a 'From ' line)"))
    return [source]


def _decode(value: str | None) -> str:
    if not value:
        return ""
    value = str(value)  # a damaged header comes back as an email.header.Header
    try:
        return str(make_header(decode_header(value)))
    except (UnicodeDecodeError, LookupError, email.errors.HeaderParseError):
        return value


def _addresses(value: str) -> list[tuple[str, str]]:
    value = _OBFUSCATED.sub(r"\1@\2", _decode(value))
    return [(name, addr.lower()) for name, addr in email.utils.getaddresses([value]) if "@" in addr]


def parse(path: str) -> list[Part]:
    source = Path(path)
    messages = []
    for box_path in _mailboxes(source):
        box = mailbox.mbox(box_path, create=False)
        try:
            for index, key in enumerate(box.keys(), start=1):
                try:  # a damaged message fails to decode in the standard library in many ways
                    messages.append(_message(box[key], index, box_path))
                except (UnicodeError, AttributeError, TypeError, ValueError) as exc:
                    raise InputError(
                        Problem(str(box_path), index, None, f"unreadable message (message number): {exc}")
                    ) from None
        finally:
            box.close()
    lost = 0
    for m in messages:  # pipermail's stand-in for a sender it could not read is nobody in particular
        if m["from"][1] == LOST_SENDER:
            m["from"] = ("", f"unknown:{m['id'] or m['file'].name + '#' + str(m['index'])}")
            lost += 1
    author_of = {m["id"]: m["from"][1] for m in messages if m["id"]}
    accounts: dict[str, dict] = {}
    records = []
    for m in messages:
        name, addr = m["from"]
        for person, address in [m["from"], *m["to"]]:
            known = not address.startswith("unknown:")
            accounts.setdefault(address, {"_row": m["index"], "_file": m["file"], "account_id": f"email:{address}",
                                          "platform": "email", "handle": address if known else None,
                                          "display_name": person or None, "kind": "person"})  # fmt: skip
        targets = [a for _, a in m["to"] if a != addr]
        if not targets and author_of.get(m["reply_to"]) not in (None, addr):
            targets = [author_of[m["reply_to"]]]
        thread = re.sub(r"\s+", " ", _SUBJECT_PREFIX.sub("", m["subject"])).strip() or None
        # without a Message-ID, the file and the message's place in it identify the message
        message_id = m["id"] or f"{m['file'].name}#{m['index']}"
        for target in targets or [None]:
            records.append({
                "_row": m["index"], "_file": m["file"], "interaction_id": f"email:{message_id}:{target or ''}",
                "actor_account_id": f"email:{addr}", "kind": "email",
                "target_account_id": f"email:{target}" if target else None,
                "created_at": m["date"], "text": m["subject"], "channel": thread,
                "extra": {"message_id": m["id"], "in_reply_to": m["reply_to"] or None},
            })  # fmt: skip
    frame = rows(records)
    if len(frame):
        parsed = frame["created_at"].map(_date)
        frame["created_at"] = timestamps(parsed.where(parsed.notna(), frame["created_at"]))
        frame = frame.drop_duplicates("interaction_id")  # one message kept in two folders
    people = rows(list(accounts.values()))
    several = len({m["file"] for m in messages}) > 1  # rows name their file only when there are several
    people, frame = (_with_files(part, several) for part in (people, frame))
    note = (
        f"{lost:,} messages whose sender the archive lost ({LOST_SENDER}) each kept with an unknown sender of its own"
        if lost
        else ""
    )
    return [Part("accounts", str(source), people), Part("interactions", str(source), frame, note=note)]


def _with_files(frame: pd.DataFrame, keep: bool) -> pd.DataFrame:
    if "_file" not in frame:
        return frame
    return frame.assign(_file=frame["_file"].map(str)) if keep else frame.drop(columns="_file")


def _message(message: email.message.Message, index: int, source: Path) -> dict:
    """The fields we keep of one message."""
    sender = _addresses(message.get("From", ""))
    if not sender:
        raise InputError(Problem(str(source), index, "From", "missing or not an address (message number)"))
    return {
        "index": index, "file": source, "id": str(message.get("Message-ID") or "").strip(), "from": sender[0],
        "to": _addresses(message.get("To", "")) + _addresses(message.get("Cc", "")),
        "date": message.get("Date"), "subject": _decode(message.get("Subject")),
        "reply_to": str(message.get("In-Reply-To") or "").strip()
        or (str(message.get("References") or "").split() or [""])[-1],
    }  # fmt: skip


def _date(value: str | None) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if parsed.tzinfo is not None:
        from datetime import UTC

        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat()
