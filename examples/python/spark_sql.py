"""Graph questions in Spark SQL, over the tables `python -m unxref.spark`
writes: what cites resolution 1325, and the most cited resolutions.

    python -m unxref.spark ../shared/corpus/sc-resolutions data tables
    python examples/python/spark_sql.py tables            # tables on screen
    python examples/python/spark_sql.py tables --json     # both answers as JSON

The tables hold what each file states; the SQL applies the graph's rule of
what counts as a citation (docs/query-language.md), so the answers are
`unxref query`'s on the snapshot `unxref build --from-parquet tables` makes:

- a draft adopted as a resolution (an `adopted_as` link) is that
  resolution's text: what the draft cites, the resolution cites (`via`
  names the draft);
- a document never cites itself, and citing X twice is one citation.

TABLES may be any path or URI Spark reads (`s3a://bucket/tables`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Dict, List

from pyspark import SparkConf
from pyspark.sql import SparkSession

# One row per citation: (source, target, via), drafts replaced by the
# resolutions adopted from them.
CITATIONS = """
WITH adopted AS (
    SELECT DISTINCT source AS draft, target AS resolution
    FROM edges WHERE kind = 'adopted_as'
),
cited AS (
    SELECT coalesce(a.resolution, e.source) AS source,
           e.target,
           e.target_kind,
           CASE WHEN a.resolution IS NOT NULL THEN e.source END AS via
    FROM edges e LEFT JOIN adopted a ON a.draft = e.source
    WHERE e.kind = 'cites'
)
SELECT source, target, first(target_kind) AS target_kind, min(via) AS via
FROM cited
WHERE source <> target
GROUP BY source, target
"""

# What cites 1325: every document citing it, once, with the draft it
# cites through.
WHAT_CITES = """
SELECT source, via FROM citations
WHERE target = 'S/RES/1325 (2000)'
ORDER BY source
"""

# The most cited resolutions: the number of documents citing each.
MOST_CITED = """
SELECT target AS resolution, count(*) AS citations
FROM citations
WHERE target_kind = 'resolution'
GROUP BY target
ORDER BY citations DESC, resolution
LIMIT 10
"""


def answers(spark: SparkSession, tables: str) -> Dict[str, List[Dict[str, Any]]]:
    """Both answers, as lists of rows."""
    spark.read.parquet(f"{tables}/edges").createOrReplaceTempView("edges")
    spark.sql(CITATIONS).createOrReplaceTempView("citations")
    return {
        "what_cites_1325": [row.asDict() for row in spark.sql(WHAT_CITES).collect()],
        "most_cited": [row.asDict() for row in spark.sql(MOST_CITED).collect()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="What cites 1325 and the most cited resolutions, in Spark SQL.")
    parser.add_argument("tables", nargs="?", default="tables", help="the job's OUTPUT folder or prefix")
    parser.add_argument("--json", action="store_true", help="print both answers as one JSON object")
    parser.add_argument("--master", help="Spark master URL (default: local[*], or spark-submit's)")
    args = parser.parse_args()
    master = args.master or (None if SparkConf().contains("spark.master") else "local[*]")
    builder = SparkSession.builder.appName("unxref-sql")
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # Local workers run this interpreter (the one with pyspark installed).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        result = answers(spark, args.tables)
    finally:
        spark.stop()
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print("What cites 1325:")
    for row in result["what_cites_1325"]:
        print(f"  {row['source']}" + (f"  (via {row['via']})" if row["via"] else ""))
    print("The most cited resolutions:")
    for row in result["most_cited"]:
        print(f"  {row['citations']:5}  {row['resolution']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
