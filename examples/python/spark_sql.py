"""Graph questions in Spark SQL, over the tables `python -m unxref.spark`
writes: what cites resolution 1325, and the most cited resolutions.

    python -m unxref.spark ../shared/corpus/sc-resolutions data tables
    python examples/python/spark_sql.py tables

The tables hold what each file states (its links, with evidence), not the
linked graph: a citation read in a draft stays on the draft here, where
`unxref query` also answers for the resolution adopted from it ("via").
For the graph's answers, link the tables (`unxref build --from-parquet
tables -o sc.unxref`) and query the snapshot.
"""

import sys

from pyspark.sql import SparkSession

tables = sys.argv[1] if len(sys.argv) > 1 else "tables"
spark = SparkSession.builder.master("local[*]").appName("unxref-sql").getOrCreate()
spark.read.parquet(f"{tables}/edges").createOrReplaceTempView("edges")
spark.read.parquet(f"{tables}/nodes").createOrReplaceTempView("nodes")

# What cites 1325: every document with a `cites` link to it, and where.
spark.sql(
    """
    SELECT source, first(relation) AS relation, first(evidence_file) AS file, first(evidence_line) AS line
    FROM edges
    WHERE kind = 'cites' AND target = 'S/RES/1325 (2000)'
    GROUP BY source
    ORDER BY source
    """
).show(truncate=60)

# The most cited resolutions: distinct citing documents.
spark.sql(
    """
    SELECT target AS resolution, COUNT(DISTINCT source) AS citations
    FROM edges
    WHERE kind = 'cites' AND target_kind = 'resolution'
    GROUP BY target
    ORDER BY citations DESC, resolution
    LIMIT 10
    """
).show(truncate=False)

spark.stop()
