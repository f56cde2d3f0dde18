"""What each community and campaign talks about, as the dashboard shows it: the stored terms,
the demo's planted interests on top, small people groups withheld, and a how-to (not an
error) before ``analyze`` stored them. The report's section: tests/web/test_report.py."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from socialscope.engagement.topics import TERMS_SHOWN
from socialscope.report.privacy import min_group_size
from socialscope.store import Store
from socialscope.web import create_app
from tests.web.conftest import chips, planted_interests, stored_terms


def test_network_page_shows_each_communitys_planted_interest(client, web_db):
    data = client.get("/api/network/topics?graph=follows").json()
    with Store(web_db, read_only=True) as store:
        planted = planted_interests(store, "follows")
        expected = {c: stored_terms(store, "follows", c) for c in planted}
    big = [row for row in data["topics"] if row["members"] >= 20]
    assert len(big) >= 3 and data["missing"] is None
    assert [row["members"] for row in data["topics"]] == sorted(
        (row["members"] for row in data["topics"]), reverse=True
    )
    for row in big:
        assert row["terms"][0] == planted[row["community"]], row
    for row in data["topics"]:
        assert row["terms"] == expected[row["community"]]
    page = client.get("/network?graph=follows").text
    assert "<th>Talks about</th>" in page and 'id="topics-missing"' not in page
    for row in big:
        assert chips(row["terms"]) in page
    focus = client.get(f"/network?graph=follows&community={big[0]['community']}").text
    assert 'id="community-terms"' in focus and chips(big[0]["terms"]) in focus


def test_small_collaboration_groups_terms_are_withheld(client, web_db):
    with Store(web_db, read_only=True) as store:
        sizes = dict(
            store.con.execute("SELECT community, size FROM communities WHERE graph = 'collaboration'").fetchall()
        )
        terms = {c: stored_terms(store, "collaboration", c) for c in sizes}
    small = [c for c, n in sizes.items() if n < min_group_size()]
    assert small and len(small) < len(sizes) and all(terms[c] for c in small)
    data = {row["community"]: row for row in client.get("/api/network/topics?graph=collaboration").json()["topics"]}
    page = client.get("/network?graph=collaboration").text
    for community, size in sizes.items():
        row = page.split(f'href="/network?graph=collaboration&community={community}"')[1].split("</tr>")[0]
        if community in small:
            assert data[community]["terms"] is None and data[community]["members"] is None
            assert data[community]["suppressed"] is True
            assert '<td class="topics">—</td>' in row
            focus = client.get(f"/network?graph=collaboration&community={community}").text
            shown = focus.split('id="community-terms"')[1].split("</div>")[0]
            assert "<li>" not in shown
        else:
            assert data[community]["terms"] == terms[community] and data[community]["members"] == size
            assert chips(terms[community]) in row


def test_campaigns_show_their_terms(client, web_db):
    data = client.get("/api/campaigns").json()
    with Store(web_db, read_only=True) as store:
        posts = dict(
            store.con.execute(
                "SELECT campaign_id, count(*) FROM posts WHERE campaign_id IS NOT NULL GROUP BY 1"
            ).fetchall()
        )
        names = dict(store.con.execute("SELECT campaign_id, name FROM campaigns").fetchall())
        first = dict(store.con.execute("SELECT campaign_id, term FROM campaign_topics WHERE rank = 1").fetchall())
    topics = {row["campaign_id"]: row for row in data["topics"]}
    assert set(topics) == set(posts) and data["topics_missing"] is None
    for campaign, row in topics.items():
        assert row["posts"] == posts[campaign] and row["name"] == names[campaign]
        assert row["terms"][0] == first[campaign] and len(row["terms"]) <= TERMS_SHOWN
    page = client.get("/campaigns").text
    assert 'id="campaign-topics"' in page
    for row in data["topics"]:
        assert chips(row["terms"]) in page


@pytest.fixture
def unanalysed_db(web_db, tmp_path):
    """The demo store before the topics analysis stored anything."""
    path = tmp_path / "no-topics.duckdb"
    shutil.copy(web_db, path)
    with Store(path) as store:
        store.con.execute("DROP TABLE community_topics")
        store.con.execute("DROP TABLE campaign_topics")
    return path


def test_before_analyze_the_pages_say_how_to_get_topics(unanalysed_db):
    client = TestClient(create_app(unanalysed_db), base_url="http://localhost")
    how = "socialscope analyze"
    for path in ("/network?graph=follows", "/network?graph=follows&community=0", "/campaigns"):
        response = client.get(path)
        assert response.status_code == 200 and how in response.text and '<ul class="terms">' not in response.text
    data = client.get("/api/network/topics?graph=follows").json()
    assert data["ok"] and data["topics"] is None and how in data["missing"]
    assert client.get("/api/campaigns").json()["topics"] is None
