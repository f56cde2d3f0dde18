"""Count the truth of a genuine export with the standard library only (json, csv, email) —
never with socialscope — and write it to the folder's truth.json.

    python tests/data/real/count_truth.py FOLDER

FOLDER's truth.json must already name ``format`` and ``import`` (what to import, relative to
FOLDER); this script fills ``counts`` (and ``texts``: a few records' expected text) and
prints them for the folder's SOURCE.md.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path


def _ytd(root: Path, name: str) -> list:
    out = []
    for path in sorted(root.glob(f"data/{name}.js")) + sorted(root.glob(f"data/{name}-part*.js")):
        text = path.read_text(encoding="utf-8")
        out += json.loads(text[text.index("[") :])
    return out


def x_archive(root: Path) -> dict:
    tweets = [r.get("tweet", r) for r in (_ytd(root, "tweets") or _ytd(root, "tweet"))]
    accounts = _ytd(root, "account")
    if accounts:
        owner = accounts[0]["account"]["accountId"]
    else:
        text = (root / "data" / "manifest.js").read_text(encoding="utf-8")
        owner = json.loads(text[text.index("{") :])["userInfo"]["accountId"]
    messages = 0
    for name in ("direct-messages", "direct-messages-group"):
        for conversation in _ytd(root, name):
            messages += sum(1 for m in conversation["dmConversation"]["messages"] if "messageCreate" in m)
    entity = [t for t in tweets if re.search(r"&(amp|lt|gt);", t.get("full_text", ""))]
    counts = {
        "owner": f"x:{owner}",
        "posts": len({t["id_str"] for t in tweets}),
        "posts.replies": sum(1 for t in tweets if t.get("in_reply_to_status_id_str")),
        "follows.in": len({r["follower"]["accountId"] for r in _ytd(root, "follower")}),
        "follows.out": len({r["following"]["accountId"] for r in _ytd(root, "following")}),
        "interactions.like": len({r["like"]["tweetId"] for r in _ytd(root, "like")}),
        "interactions.message": messages,
    }
    texts = {f"x:{t['id_str']}": html.unescape(t["full_text"]) for t in entity[:3]}  # X escapes &, <, >
    return {"counts": counts, "texts": texts}


COUNTERS = {"x-archive": x_archive}


def main(folder: str) -> None:
    folder_path = Path(folder)
    truth_path = folder_path / "truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    truth.update(COUNTERS[truth["format"]](folder_path / truth["import"]))
    truth_path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(truth, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
