"""Key-person risk in sentences: the share of shortest paths through a person checked against
NetworkX's enumeration of every shortest path; the stories, the landing graph, the line that
replaces a table of zeros, and community names checked on the demo's planted departments."""

from __future__ import annotations

import re

import networkx as nx
import numpy as np
import pytest

from socialscope.network.names import account_labels, community_names, named_communities
from socialscope.network.narrative import (
    busiest_pair,
    key_person_story,
    material_risks,
    no_key_person_line,
    risk_graph,
    symmetric_adjacency,
)
from socialscope.network.profile import person_profile
from socialscope.store import Store


@pytest.mark.parametrize("person", [0, 2, 33])
def test_share_of_shortest_paths_through_a_person_matches_networkx(person):
    karate = nx.karate_club_graph()
    faction = np.array([0 if karate.nodes[v]["club"] == "Mr. Hi" else 1 for v in karate])
    pairs = np.array(sorted(karate.edges()))
    adjacency = symmetric_adjacency(pairs, karate.number_of_nodes())
    own = faction[person]
    a, b, share = busiest_pair(adjacency, faction, person, own, [1 - own])
    expected, count = 0.0, 0
    for s in np.flatnonzero((faction == a) & (np.arange(34) != person)):
        for t in np.flatnonzero((faction == b) & (np.arange(34) != person)):
            paths = list(nx.all_shortest_paths(karate, int(s), int(t)))
            expected += sum(person in p for p in paths) / len(paths)
            count += 1
    assert share == pytest.approx(expected / count, rel=1e-12)


@pytest.fixture(scope="module")
def demo(demo_db):
    with Store(demo_db, read_only=True) as store:
        yield store


def test_people_land_on_the_collaboration_graph_of_a_workplace(demo):
    assert risk_graph(demo) == "collaboration"
    assert len(material_risks(demo, "collaboration")) >= 1


def test_a_graph_without_a_key_person_says_so_instead_of_listing_zeros(demo):
    line = no_key_person_line(demo, "follows")
    assert material_risks(demo, "follows").empty
    assert line.startswith("No single person holds this network together")
    longest = demo.scalar("SELECT max(path_length_increase) FROM key_person_risk WHERE graph = 'follows'")
    assert f"at most {100 * longest:.1f}%" in line


def test_the_story_is_built_from_the_numbers(demo):
    risky = material_risks(demo, "collaboration").iloc[0].to_dict()
    story = key_person_story(demo, "collaboration", risky["account_id"], risky)
    text = " ".join(story)
    teams = demo.scalar("SELECT communities FROM network_graphs WHERE graph = 'collaboration'")
    bridged = re.search(r"Bridges (?:all (\d+)|(\d+) of the (\d+)) other team", text)
    assert bridged and int(bridged.group(1) or bridged.group(3)) == teams - 1
    leaving = re.search(r"If \w+ leaves, (.*)\.", text).group(1)
    cut = round(risky["lcc_share_drop"] * (demo.scalar(
        "SELECT nodes FROM network_graphs WHERE graph = 'collaboration'") - 1))  # fmt: skip
    if cut:
        assert f"{cut} colleague" in leaving
    if risky["path_length_increase"] >= 0.005:
        assert f"lengthen by {100 * risky['path_length_increase']:.0f}%" in leaving
    # the profile (page, API and `network person`) tells the same story
    profile = person_profile(demo, risky["account_id"], graph="collaboration")
    assert profile["risk_story"] == story


def test_communities_are_named_after_the_planted_departments(demo):
    names = community_names(demo, "collaboration")
    members = demo.df(
        """SELECT m.community, json_extract_string(a.attributes, '$.department') AS department
           FROM network_metrics m JOIN accounts a USING (account_id) WHERE m.graph = 'collaboration'"""
    )
    named = 0
    for community, name in names.items():
        share = (members.loc[members["community"] == community, "department"] == name).mean()
        if share > 0:
            named += 1
            assert share >= 0.5
        else:  # no department holds half: named by its two most central members
            assert name.startswith("@")
    assert named >= 1


def test_handles_repeated_across_platforms_show_the_platform(demo):
    ids = demo.df("SELECT account_id FROM accounts WHERE lower(handle) = 'acme' ORDER BY 1")["account_id"].tolist()
    labels = account_labels(demo, ids)
    assert len(ids) > 1
    assert {labels[a] for a in ids} == {f"@acme ({a.split(':')[0]})" for a in ids}
    table = named_communities(demo, "follows", limit=3)
    assert not table["top_members"].str.contains(":").any()  # handles, not ids


def test_network_person_prints_the_same_sentences(demo_db, demo):
    from typer.testing import CliRunner

    from socialscope.cli.main import app

    risky = material_risks(demo, "collaboration").iloc[0].to_dict()
    story = key_person_story(demo, "collaboration", risky["account_id"], risky)
    result = CliRunner().invoke(
        app, ["--db", str(demo_db), "network", "person", risky["account_id"], "--graph", "collaboration"],
        env={"COLUMNS": "300"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    printed = " ".join(result.output.split())  # the terminal may wrap a sentence across lines
    for sentence in story:
        assert " ".join(sentence.split()) in printed
