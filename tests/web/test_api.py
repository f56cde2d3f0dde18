"""Every API endpoint and page through FastAPI's test client: values, envelopes, unknown ids."""

from __future__ import annotations

import pytest

from socialscope.store import Store

PAGES = ["/", "/network", "/people", "/content", "/campaigns", "/attribution", "/data"]
APIS = [
    "/api/overview",
    "/api/network",
    "/api/network/topics",
    "/api/people",
    "/api/content",
    "/api/campaigns",
    "/api/attribution",
    "/api/data",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_navigation(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    for href in PAGES:
        assert f'href="{href}"' in response.text
    assert "cdn." not in response.text and "https://" not in response.text.split("<main>")[0]
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", APIS)
def test_every_api_twin_answers_ok(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["ok"] is True


def test_every_api_route_is_documented_and_tested(client):
    spec = client.get("/openapi.json").json()
    documented = {p for p in spec["paths"] if p.startswith("/api")}
    assert documented == {*APIS, "/api/people/{account_id}", "/api/audit"}


def test_overview_numbers_match_the_store(client, web_db):
    data = client.get("/api/overview").json()
    with Store(web_db, read_only=True) as store:
        spend = store.scalar("SELECT sum(spend) FROM ad_stats")
        clicks = store.scalar("SELECT sum(clicks) FROM ad_stats")
        impressions = store.scalar("SELECT sum(impressions) FROM ad_stats")
        nodes = store.scalar("SELECT nodes FROM network_graphs WHERE graph = 'follows'")
    assert data["marketing"]["spend"] == pytest.approx(spend)
    assert data["marketing"]["ctr"] == pytest.approx(clicks / impressions)
    assert data["networking"]["follows_nodes"] == nodes


def test_overview_filters_change_the_numbers(client, web_db):
    whole = client.get("/api/overview").json()
    with Store(web_db, read_only=True) as store:
        platform = store.scalar("SELECT platform FROM campaigns ORDER BY platform LIMIT 1")
        spend = store.scalar(
            "SELECT sum(spend) FROM ad_stats JOIN campaigns USING (campaign_id) WHERE platform = ?", [platform]
        )
        first = store.scalar("SELECT min(date) FROM ad_stats")
    one = client.get(f"/api/overview?platform={platform}").json()
    assert one["marketing"]["spend"] == pytest.approx(spend) and spend < whole["marketing"]["spend"]
    later = client.get(f"/api/overview?since={first.replace(day=28)}").json()
    assert later["marketing"]["spend"] < whole["marketing"]["spend"]
    bad = client.get("/api/overview?since=not-a-date")
    assert bad.status_code == 400 and bad.json()["ok"] is False and "since" in bad.json()["error"]
    assert client.get("/api/overview?since=&until=&platform=").json()["marketing"] == whole["marketing"]


def test_network_json_has_positions_communities_and_edges(client, web_db):
    data = client.get("/api/network?graph=follows").json()
    with Store(web_db, read_only=True) as store:
        nodes = store.scalar("SELECT count(*) FROM network_metrics WHERE graph = 'follows'")
        edges = store.scalar("SELECT count(*) FROM follows")
    columns = data["nodes"]
    assert data["view"] == "accounts" and len(columns["id"]) == nodes
    assert all(0 <= v <= 1 for v in columns["x"] + columns["y"])
    assert len(data["edges"]["source"]) == len(data["edges"]["target"]) == min(edges, 25_000)
    assert max(data["edges"]["source"] + data["edges"]["target"]) < nodes
    with Store(web_db, read_only=True) as store:
        first = (columns["id"][data["edges"]["source"][0]], columns["id"][data["edges"]["target"][0]])
        assert store.scalar("SELECT count(*) FROM follows WHERE src_account_id = ? AND dst_account_id = ?", list(first))
    one = columns["community"][0]
    drilled = client.get(f"/api/network?graph=follows&community={one}").json()
    assert set(drilled["nodes"]["community"]) == {one}


def test_people_search_top_lists_and_profile(client):
    found = client.get("/api/people?q=acme").json()["results"]
    assert found and found[0]["handle"] == "acme"
    tops = client.get("/api/people?graph=collaboration").json()["top"]
    assert {"influence", "betweenness", "risk"} <= set(tops)
    person = tops["influence"][0]["account_id"]
    profile = client.get(f"/api/people/{person}?graph=collaboration").json()
    assert profile["ok"] and profile["account"]["account_id"] == person
    assert 0 <= profile["metrics"]["pagerank"]["percentile"] <= 1
    assert "risk_score" in profile["key_person_risk"]
    page = client.get(f"/people/{person}?graph=collaboration")
    assert page.status_code == 200 and "Strongest ties" in page.text


def test_unknown_ids_are_404_with_the_envelope(client):
    api = client.get("/api/people/nobody:here")
    assert api.status_code == 404
    assert api.json() == {"ok": False, "error": "no account with id 'nobody:here'", "status": 404}
    page = client.get("/people/nobody:here")
    assert page.status_code == 404 and "Not found" in page.text
    missing = client.get("/api/no-such-endpoint")
    assert missing.status_code == 404 and missing.json()["ok"] is False
    assert client.get("/api/network?graph=bogus").json()["status"] == 400


def test_content_filters_and_intent_split(client):
    marketing = client.get("/api/content?intent=marketing&limit=20").json()
    assert marketing["posts"] and all(p["intent"] == "marketing" for p in marketing["posts"])
    engagements = [p["engagements"] for p in marketing["posts"]]
    assert engagements == sorted(engagements, reverse=True)
    split = {r["intent"]: r for r in marketing["engagement_by_intent"]}
    assert set(split) == {"networking", "marketing"}
    row = split["networking"]
    assert row["engagement_rate_reach"] == pytest.approx(row["engagements"] / row["reach"])


def test_campaigns_and_attribution(client, web_db):
    data = client.get("/api/campaigns").json()
    with Store(web_db, read_only=True) as store:
        campaigns = store.count("campaigns")
        leads = store.scalar("SELECT count(DISTINCT visitor_id) FROM conversions WHERE stage = 'lead'")
    assert len(data["campaigns"]) == campaigns
    assert data["funnel"]["leads"] == leads
    assert {r["group"] for r in data["funnel_by_type"]} <= {"push", "pull", "mixed"}
    credit = client.get("/api/attribution").json()
    assert len(credit["models"]) >= 8
    for model in credit["models"]:
        total = sum(r["conversions"] for r in credit["credit"] if r["model"] == model)
        first = sum(r["conversions"] for r in credit["credit"] if r["model"] == credit["models"][0])
        assert total == pytest.approx(first)


def test_data_page_lists_tables_and_refused_imports(client, web_db):
    from socialscope.store.error_log import log_import_error

    log_import_error(web_db, "posts", ["bad.csv"], "bad.csv:3: field 'likes': 'x' is not an integer")
    data = client.get("/api/data").json()
    assert data["tables"]["accounts"] > 0 and "network_metrics" in data["results"]
    assert data["errors"][0]["message"].startswith("bad.csv:3")


def test_docs_and_scripts_are_served_locally(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/vendor/plotly.min.js").status_code == 200


def test_graphs_too_big_to_draw_become_the_community_meta_graph(web_db, tmp_path):
    import shutil

    from fastapi.testclient import TestClient

    from socialscope.web import create_app

    path = tmp_path / "big.duckdb"
    shutil.copy(web_db, path)
    with Store(path) as store:  # what the analysis writes for a graph above the layout limit
        store.con.execute("DELETE FROM network_layout WHERE graph = 'follows'")
        communities = store.scalar("SELECT count(*) FROM communities WHERE graph = 'follows'")
        biggest = store.scalar("SELECT community FROM communities WHERE graph = 'follows' ORDER BY size DESC LIMIT 1")
        members = store.scalar(
            "SELECT count(*) FROM network_metrics WHERE graph = 'follows' AND community = ?", [biggest]
        )
    client = TestClient(create_app(path), base_url="http://localhost")
    meta = client.get("/api/network?graph=follows").json()
    assert meta["view"] == "communities" and len(meta["nodes"]["id"]) == communities
    assert all(0 <= v <= 1 for v in meta["nodes"]["x"])
    drilled = client.get(f"/api/network?graph=follows&community={biggest}").json()
    assert drilled["view"] == "accounts" and len(drilled["nodes"]["id"]) == members
    assert all(v is not None and 0 <= v <= 1 for v in drilled["nodes"]["x"])


def test_a_writer_elsewhere_does_not_stop_the_dashboard(web_db, tmp_path):
    """A process holding the store file for writing (here DuckDB itself) used to make every
    request answer 503; the dashboard now reads the published snapshot and keeps answering."""
    import shutil
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    from socialscope.web import create_app

    path = tmp_path / "busy.duckdb"
    shutil.copy(web_db, path)
    client = TestClient(create_app(path), base_url="http://localhost")
    assert client.get("/api/data").status_code == 200
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); "
                               "time.sleep(6)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ok"
        answer = client.get("/api/campaigns?platform=x")
        assert answer.status_code == 200 and answer.json()["ok"] is True
    finally:
        holder.kill()
        holder.wait()


def test_network_page_withholds_small_collaboration_communities(client, web_db, monkeypatch):
    with Store(web_db, read_only=True) as store:
        shown = store.df(
            "SELECT community, size, top_members FROM communities WHERE graph = 'collaboration' "
            "ORDER BY size DESC LIMIT 12"
        )
    assert len(shown) >= 2
    threshold = int(shown["size"].iloc[0])  # every community smaller than the largest is "small"
    monkeypatch.setenv("SOCIALSCOPE_MIN_GROUP_SIZE", str(threshold))
    page = client.get("/network?graph=collaboration").text
    small = shown[shown["size"] < threshold]
    assert len(small)
    # members and brokers withheld for each small community
    assert page.count(f"suppressed: fewer than {threshold} people") == 2 * len(small)
    with Store(web_db, read_only=True) as store:
        from socialscope.network.names import named_communities

        named = named_communities(store, "collaboration", limit=12)
    for members in named.loc[named["size"] < threshold, "top_members"]:
        assert members not in page
    assert named["top_members"].iloc[0] in page


def test_people_open_where_key_person_risk_matters_and_explain_it(client, web_db):
    from markupsafe import escape

    from socialscope.network.narrative import is_material, key_person_story, material_risks

    data = client.get("/api/people").json()
    assert data["graph"] == "collaboration"
    with Store(web_db, read_only=True) as store:
        risky = material_risks(store, "collaboration").iloc[0].to_dict()
        story = key_person_story(store, "collaboration", risky["account_id"], risky)
    first = data["top"]["risk"][0]
    assert first["account_id"] == risky["account_id"]
    assert first["why"] == " ".join(story)
    assert all(is_material(r) for r in data["top"]["risk"])
    page = client.get("/people").text
    assert str(escape(story[0])) in page
    profile = client.get(f"/people/{risky['account_id']}?graph=collaboration").text
    assert all(str(escape(sentence)) in profile for sentence in story)
    # the follow graph has nobody the network depends on: one sentence, no table of zeros
    follows = client.get("/people?graph=follows").text
    assert "No single person holds this network together" in follows
    assert 'id="risk-table"' not in follows


def test_content_counts_pages_and_cascade_trees(client, web_db):
    first = client.get("/api/content?limit=20").json()
    second = client.get("/api/content?limit=20&page=2").json()
    with Store(web_db, read_only=True) as store:
        originals = store.scalar("SELECT count(*) FROM posts WHERE repost_of_post_id IS NULL")
        by_intent = dict(
            store.con.execute(
                "SELECT intent, count(*) FROM content_intent JOIN posts USING (post_id) "
                "WHERE repost_of_post_id IS NULL GROUP BY 1"
            ).fetchall()
        )
    assert first["total"] == originals and first["pages"] == -(-originals // 20)
    assert {p["post_id"] for p in first["posts"]}.isdisjoint(p["post_id"] for p in second["posts"])
    assert first["intent_counts"] == by_intent
    assert all(p["author"].startswith("@") for p in first["posts"] if p["handle"])

    def count(node):
        return 1 + sum(count(child) for child in node["children"])

    for cascade in first["cascades"]:
        assert count(cascade["tree"]) == cascade["size"]
        assert cascade["root_author"].startswith("@")
    page = client.get("/content").text
    assert f"{originals:,} posts match" in page
    assert page.count('<details class="cascade">') == len(first["cascades"])


def test_people_page_kpis_show_their_change(client, web_db):
    from socialscope.report.kpis import data_bounds

    with Store(web_db, read_only=True) as store:
        _, last = data_bounds(store)
    since = last.fromordinal(last.toordinal() - 27)
    api = client.get(f"/api/people?since={since}&until={last}").json()["activity"]
    assert set(api["change"]) == {"active_accounts", "interactions", "messages", "messaging_people"}
    page = client.get(f"/people?since={since}&until={last}").text
    kpis = page.split('id="people-kpis"')[1].split("</div>\n</div>")[0]
    assert "Accounts that engaged" in kpis and kpis.count('class="kpi-delta') == 4
    # the period travels with the search form and the navigation
    assert f'name="since" value="{since}"' in page
    assert f'href="/campaigns?since={since}&amp;until={last}"' in page


def test_profile_shows_influence_with_its_parts(client):
    top = client.get("/api/people?graph=follows").json()["top"]["influence"][0]
    profile = client.get(f"/api/people/{top['account_id']}?graph=follows").json()
    parts = profile["influence_parts"]
    used = [v for v in parts.values() if v]
    assert profile["metrics"]["influence"]["value"] == pytest.approx(top["influence"])
    assert top["influence"] <= 100 * sum(used) / len(used) + 1e-9  # parts that vary, averaged
    page = client.get(f"/people/{top['account_id']}?graph=follows").text
    assert "from its parts" in page and f"{top['influence']:.2f} of 100" in page
