"""Text on Spark on the cases the demo lacks: a text in a language the sentiment model does not
cover (unscored, score NULL), emoji only (undetermined language), blank and missing texts
(not scored at all), repeated texts, an unknown author. Both engines give the same rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from socialscope.classify.content import classify_content
from socialscope.engagement.sentiment import score_store
from socialscope.engine.spark import SparkEngine
from socialscope.engine.spark_text import TEXT_TABLES
from socialscope.ingest import import_files
from socialscope.store.connection import Store
from socialscope.store.maintenance import export_tables

# the slow tier (`make test-slow`, which .ci/run also runs): text edge cases on both engines: loads every model in fresh Python workers
pytestmark = pytest.mark.slow

ACCOUNTS = "account_id,handle,kind\nx:brand,brand,brand\nx:ann,ann,person\n"
POSTS = """post_id,account_id,text,is_paid
p1,x:brand,"Big sale today only: 30% off every plan, shop now at example.com",true
p2,x:ann,"Had a lovely lunch with my old team, great to catch up with everyone",false
p3,x:ann,"Das Wetter ist heute wirklich schön und wir gehen im Park spazieren",false
p4,x:ann,🎉🎉🎉,false
p5,x:ann,"   ",false
p6,x:ann,,false
p7,x:brand,"Big sale today only: 30% off every plan, shop now at example.com",false
p8,x:nobody,"Thanks so much for the kind words, that made my day",false
"""
INTERACTIONS = """interaction_id,actor_account_id,kind,post_id,text
i1,x:ann,comment,p1,"Terrible service, I want my money back"
i2,x:brand,reply,p1,"Sorry to hear that, please DM us your order number"
i3,x:ann,comment,p2,"Nous avons adoré cette soirée avec toute l'équipe"
i4,x:ann,like,p2,
"""


def test_text_tables_equal_the_embedded_engines(spark, tmp_path: Path) -> None:
    for name, text in (("accounts", ACCOUNTS), ("posts", POSTS), ("interactions", INTERACTIONS)):
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    with Store(tmp_path / "text.duckdb") as store:
        for name in ("accounts", "posts", "interactions"):
            import_files(store, name, [tmp_path / f"{name}.csv"])
        classify_content(store)
        score_store(store)
        embedded = {t: store.df(f'SELECT * FROM "{t}"') for t in TEXT_TABLES}
        export_tables(store, tmp_path / "input")
    engine = SparkEngine(spark, str(tmp_path / "input"), str(tmp_path / "output"))
    for table in TEXT_TABLES:
        on_spark = engine.text_table(table).toPandas()
        key = on_spark.columns[0]
        a = embedded[table][on_spark.columns].sort_values(key).reset_index(drop=True)
        b = on_spark.sort_values(key).reset_index(drop=True)
        assert a[key].tolist() == b[key].tolist(), table
        for column in a.columns:
            if a[column].dtype.kind == "f":
                np.testing.assert_allclose(b[column], a[column], rtol=1e-9, atol=0, err_msg=f"{table}.{column}")
            else:
                assert a[column].astype(str).tolist() == b[column].astype(str).tolist(), f"{table}.{column}"
    sentiment = engine.text_table("post_sentiment").toPandas().set_index("post_id")
    language = engine.text_table("post_language").toPandas().set_index("post_id")
    assert sorted(sentiment.index) == ["p1", "p2", "p3", "p4", "p7", "p8"]  # no blank or missing text
    assert language.loc["p3", "language"] == "de" and language.loc["p4", "language"] == "und"
    assert sentiment.loc["p3", "label"] == "unscored" and pd.isna(sentiment.loc["p3", "score"])
    assert not sentiment.loc["p3", "scored"] and sentiment.loc["p4", "scored"]
    intent = engine.text_table("content_intent").toPandas().set_index("post_id")
    assert intent.loc["p1", "intent"] == "marketing" and intent.loc["p2", "intent"] == "networking"
    assert intent.loc["p1", "explanation"] != intent.loc["p7", "explanation"]  # paid vs not: the rules differ
