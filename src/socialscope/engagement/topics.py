"""What each community (or campaign) talks about: its distinctive terms by class-based TF-IDF.

All posts of one class (a community's members' posts, or a campaign's posts) are treated as
one document, and each term is weighted (Grootendorst 2022, "BERTopic: Neural topic modeling
with a class-based TF-IDF procedure", arXiv:2203.05794, eq. 1):

    W(t, c) = tf(t, c) · log(1 + A / f(t))

where tf(t, c) is the frequency of term t in class c divided by the class's number of terms
(BERTopic's L1 normalisation), f(t) the frequency of t over all classes and A the average
number of terms per class. A term scores high when it is frequent in the class and rare
elsewhere.

Terms are words of two or more letters, lower-cased (hashtags count as their word; mentions
and links are dropped). Stop words are removed per post, in the post's language
(``post_language``; undetermined or unsure detections take the corpus's most common
language): scikit-learn's English list, and the stopwords-iso lists (Diaz, MIT) for 57 other
languages. Terms used in fewer than ``min_posts`` posts are left out (names, typos).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse

from socialscope.errors import NotFoundError, UsageError
from socialscope.names import TOPIC_GROUPS

TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W\d_]+\b"  # two or more letters; digits and '_' split words
_DROP = r"@\w+|https?://\S+|www\.\S+"
MAX_POSTS = 500_000
MIN_CONFIDENCE = 0.5


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """Stop words of an ISO 639-1 language: scikit-learn's for English, stopwords-iso's for
    the others it covers, none otherwise."""
    if language == "en":
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return frozenset(ENGLISH_STOP_WORDS)
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(language)) if stopwordsiso.has_lang(language) else frozenset()


def class_tfidf(counts: sparse.spmatrix) -> sparse.csr_matrix:
    """c-TF-IDF weights of a classes × terms count matrix (see module docstring).

    >>> import numpy as np
    >>> w = class_tfidf(sparse.csr_matrix(np.array([[3, 1], [0, 1]])))
    >>> bool(w[0, 0] > w[0, 1])   # "term 0" only in class 0: distinctive; term 1 everywhere
    True
    """
    counts = sparse.csr_matrix(counts, dtype=np.float64)
    per_class = np.asarray(counts.sum(axis=1)).ravel()
    per_term = np.asarray(counts.sum(axis=0)).ravel()
    average = per_class.sum() / max(counts.shape[0], 1)
    idf = np.log1p(average / np.where(per_term > 0, per_term, 1.0))
    tf = sparse.diags(1.0 / np.where(per_class > 0, per_class, 1.0)) @ counts
    return sparse.csr_matrix(tf @ sparse.diags(idf))


def distinctive_terms(
    texts: Any,
    groups: Any,
    *,
    languages: Any = None,
    authors: Any = None,
    n: int = 10,
    min_posts: int = 2,
) -> pd.DataFrame:
    """The ``n`` terms with the highest c-TF-IDF weight for each group of texts.

    ``languages`` (one ISO code per text, optional) chooses each text's stop-word list. With
    ``authors`` (one per text), a term counts once per author in a group — how many members
    use it — so one prolific account (a brand posting hundreds of offers) cannot make its own
    words its community's. Returns one row per (group, rank): ``group``, ``rank`` (1 = most
    distinctive), ``term``, ``weight`` (c-TF-IDF), ``count`` (uses of the term in the group,
    or authors using it), ``posts`` (the group's texts).
    """
    from sklearn.feature_extraction.text import CountVectorizer

    frame = pd.DataFrame(
        {
            "text": pd.Series(texts, dtype=object).fillna("").astype(str).to_numpy(),
            "group": pd.Series(groups).to_numpy(),
        }
    )
    frame["language"] = (
        pd.Series(languages, dtype=object).to_numpy() if languages is not None else np.full(len(frame), "en", object)
    )
    frame["author"] = pd.Series(authors, dtype=object).to_numpy() if authors is not None else np.arange(len(frame))
    frame = frame.dropna(subset=["group"]).reset_index(drop=True)
    empty = pd.DataFrame(columns=["group", "rank", "term", "weight", "count", "posts"])
    if frame.empty:
        return empty
    cleaned = frame["text"].str.replace(_DROP, " ", regex=True)
    vectorizer = CountVectorizer(token_pattern=TOKEN_PATTERN, min_df=min(min_posts, len(frame)), dtype=np.int64)
    try:
        matrix = vectorizer.fit_transform(cleaned).tocoo()
    except ValueError:  # no term at all (every text empty or below min_df)
        return empty
    terms = vectorizer.get_feature_names_out()
    keep = np.ones(len(matrix.data), dtype=bool)
    doc_language = frame["language"].to_numpy(dtype=object)
    for language in pd.unique(doc_language):
        stops = stop_words(str(language))
        if not stops:
            continue
        stop_columns = np.fromiter((i for t, i in vectorizer.vocabulary_.items() if t in stops), dtype=np.int64)
        in_language = doc_language[matrix.row] == language
        keep &= ~(in_language & np.isin(matrix.col, stop_columns))
    group_codes, group_names = pd.factorize(frame["group"], sort=True)
    rows, columns, counts = matrix.row[keep], matrix.col[keep], matrix.data[keep]
    if authors is not None:  # one use per (group, author, term)
        author_codes = pd.factorize(frame["author"], sort=False)[0].astype(np.int64)
        unit = pd.factorize(group_codes.astype(np.int64) * (author_codes.max() + 1) + author_codes, sort=False)[0]
        pairs = pd.DataFrame({"unit": unit[rows], "column": columns}).drop_duplicates()
        rows = pairs["unit"].to_numpy()
        columns = pairs["column"].to_numpy()
        counts = np.ones(len(pairs), dtype=np.int64)
        unit_group = np.zeros(unit.max() + 1 if len(unit) else 0, dtype=np.int64)
        unit_group[unit] = group_codes
        row_group = unit_group[rows]
    else:
        row_group = group_codes[rows]
    by_group = sparse.csr_matrix((counts, (row_group, columns)), shape=(len(group_names), len(terms)))
    weights = class_tfidf(by_group)
    posts = np.bincount(group_codes, minlength=len(group_names))
    rows = []
    for g in range(len(group_names)):
        w = weights.getrow(g).toarray().ravel()
        c = by_group.getrow(g).toarray().ravel()
        top = np.argsort(-w, kind="stable")[:n]
        top = top[w[top] > 0]
        rows.append(
            pd.DataFrame(
                {
                    "group": group_names[g],
                    "rank": np.arange(1, len(top) + 1),
                    "term": terms[top],
                    "weight": w[top],
                    "count": c[top].astype(np.int64),
                    "posts": int(posts[g]),
                }
            )
        )
    return pd.concat(rows, ignore_index=True) if rows else empty


def _texts(store: Any, *, with_interactions: bool, campaigns_only: bool = False) -> pd.DataFrame:
    """Posts (and, with ``with_interactions``, comment/reply/message texts) with their author,
    campaign and language (the corpus's most common one when undetermined or unsure)."""
    parts = []
    for table, key, author, campaign, language_table in (
        ("posts", "post_id", "account_id", "campaign_id", "post_language"),
        ("interactions", "interaction_id", "actor_account_id", "NULL::VARCHAR", "interaction_language"),
    ):
        if table == "interactions" and not with_interactions:
            continue
        has_language = store.has_table(language_table)
        language = "l.language, l.confidence" if has_language else "NULL::VARCHAR, NULL::DOUBLE"
        join = f'LEFT JOIN "{language_table}" l USING ({key})' if has_language else ""
        where = " AND t.campaign_id IS NOT NULL" if campaigns_only else ""
        parts.append(
            f"""SELECT t.{key} AS id, t.{author} AS account_id, {"t." if table == "posts" else ""}{campaign}
                       AS campaign_id, t.text, {language}
                FROM {table} t {join} WHERE t.text IS NOT NULL AND trim(t.text) <> ''{where}"""
        )
    query = " UNION ALL ".join(parts)
    total = store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]
    if total > MAX_POSTS:  # huge stores: a fixed pseudo-random sample is plenty for the top terms
        query = f"SELECT * FROM ({query}) ORDER BY hash(id) LIMIT {MAX_POSTS}"
    texts = store.df(query)
    texts.columns = ["id", "account_id", "campaign_id", "text", "language", "confidence"]
    sure = texts["language"].notna() & (texts["confidence"].fillna(0) >= MIN_CONFIDENCE) & (texts["language"] != "und")
    majority = texts.loc[sure, "language"].mode()
    texts["language"] = texts["language"].where(sure, majority.iloc[0] if len(majority) else "en")
    return texts


def community_topics(store: Any, *, graph: str = "interactions", n: int = 10, min_posts: int = 2) -> pd.DataFrame:
    """Distinctive terms of what each community's members write — posts, comments, replies and
    messages (Slack exports have only messages) — by the Leiden communities of ``graph`` from
    ``network analyze``/``analyze``. Each term counts once per member (see
    :func:`distinctive_terms`). Columns: graph, community, members, posts (texts), rank, term,
    weight, count (members using the term)."""
    if not store.has_table("network_metrics"):
        raise NotFoundError(f"no communities yet: run 'socialscope network analyze --graph {graph}'")
    members = store.df(
        "SELECT account_id, community FROM network_metrics WHERE graph = ? AND community IS NOT NULL", [graph]
    )
    if members.empty:
        raise NotFoundError(f"no communities of graph {graph!r}: run 'socialscope network analyze --graph {graph}'")
    posts = _texts(store, with_interactions=True).merge(members, on="account_id", how="inner")
    terms = distinctive_terms(
        posts["text"],
        posts["community"],
        languages=posts["language"],
        authors=posts["account_id"],
        n=n,
        min_posts=min_posts,
    )
    sizes = members.groupby("community").size()
    out = terms.rename(columns={"group": "community"})
    out.insert(0, "graph", graph)
    out.insert(2, "members", out["community"].map(sizes).astype("int64"))
    return out[["graph", "community", "members", "posts", "rank", "term", "weight", "count"]]


def campaign_topics(store: Any, *, n: int = 10, min_posts: int = 2) -> pd.DataFrame:
    """Distinctive terms of each campaign's posts (``posts.campaign_id``). Columns:
    campaign_id, name, posts, rank, term, weight, count."""
    posts = _texts(store, with_interactions=False, campaigns_only=True)
    terms = distinctive_terms(
        posts["text"], posts["campaign_id"], languages=posts["language"], n=n, min_posts=min_posts
    )
    names = (
        dict(store.con.execute("SELECT campaign_id, name FROM campaigns").fetchall())
        if store.has_table("campaigns")
        else {}
    )
    out = terms.rename(columns={"group": "campaign_id"})
    out["name"] = out["campaign_id"].map(names)
    return out[["campaign_id", "name", "posts", "rank", "term", "weight", "count"]]


def topics(store: Any, *, by: str = "community", graph: str = "interactions", n: int = 10) -> pd.DataFrame:
    """:func:`community_topics` or :func:`campaign_topics`, by name."""
    if by not in TOPIC_GROUPS:
        raise UsageError(f"by must be one of: {', '.join(TOPIC_GROUPS)}")
    if n < 1:
        raise UsageError("n must be at least 1")
    return community_topics(store, graph=graph, n=n) if by == "community" else campaign_topics(store, n=n)


TERMS_SHOWN = 8
"""Terms the dashboard and the report show per community or campaign (``analyze`` stores 10)."""
TOPICS_NOT_STORED = (
    "No distinctive terms stored yet: run 'socialscope analyze' (or 'socialscope analyze --only topics' "
    "after analysing a graph again); 'socialscope topics' prints them without storing."
)


def stored_community_topics(store: Any, graph: str, *, n: int = TERMS_SHOWN) -> pd.DataFrame | None:
    """The distinctive terms ``analyze`` stored (result table ``community_topics``) for each
    community of ``graph``: one row per community — community, members, posts, terms (a list,
    most distinctive first, at most ``n``). None when there are none to read: the topics
    analysis has not run, or the graph's communities were found again after it ran (their
    numbers changed, so the stored terms would describe other communities)."""
    if not store.has_table("community_topics") or _found_again(store, graph):
        return None
    sql = """SELECT community, any_value(members) AS members, any_value(posts) AS posts,
                    list(term ORDER BY rank) AS terms
             FROM community_topics WHERE graph = ? AND rank <= ?
             GROUP BY community ORDER BY members DESC, community"""
    return _listed(store.df(sql, [graph, n]))


def stored_campaign_topics(store: Any, *, n: int = TERMS_SHOWN) -> pd.DataFrame | None:
    """The distinctive terms ``analyze`` stored (result table ``campaign_topics``) for each
    campaign, campaigns with the most posts first: campaign_id, name, posts, terms (a list,
    most distinctive first, at most ``n``). None when the topics analysis has not run."""
    if not store.has_table("campaign_topics"):
        return None
    sql = """SELECT campaign_id, any_value(name) AS name, any_value(posts) AS posts,
                    list(term ORDER BY rank) AS terms
             FROM campaign_topics WHERE rank <= ?
             GROUP BY campaign_id ORDER BY posts DESC, campaign_id"""
    return _listed(store.df(sql, [n]))


def _listed(frame: pd.DataFrame) -> pd.DataFrame:
    frame["terms"] = frame["terms"].map(list)  # plain lists: DuckDB hands back arrays
    return frame


def _found_again(store: Any, graph: str) -> bool:
    """Whether ``graph``'s communities (``network_metrics``) were written by a run that finished
    after the one that wrote its stored terms."""
    if not store.has_table("network_metrics") or not store.has_table("analysis_runs"):
        return False
    newer = store.scalar(
        """SELECT max(r.finished_at) FILTER (WHERE r.run_id IN (SELECT run_id FROM network_metrics WHERE graph = ?))
                > max(r.finished_at) FILTER (WHERE r.run_id IN (SELECT run_id FROM community_topics WHERE graph = ?))
           FROM analysis_runs r""",
        [graph, graph],
    )
    return bool(newer)
