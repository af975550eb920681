# %% [markdown]
# # unxref from Python: the README's tour
#
# The questions of the README's REPL session, asked from Python, with the
# answers taken on to pandas and NetworkX. Run it as a script from the
# repository root (`python examples/python/tour.py`), or cell by cell in
# Jupyter or VS Code (each `# %%` starts a cell). It needs the package
# (`pip install .`, see the README's "From Python") and pandas; NetworkX
# for the last cells.

# %%
import pandas as pd

import unxref

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 12)

graph = unxref.Graph.build("data")  # every .txt file under data/, on all cores
print(graph)
print(graph.stats())

# %% [markdown]
# ## What does 2531 cite?
# A result is a list of plain dicts (the JSON of `unxref query --format
# json`): iterate over it, or take it to pandas with typed columns.

# %%
cited = graph.query("what does 2531 cite | limit 5")
for row in cited:
    print(row["id"], "|", row.get("relation"), "| paragraph", row.get("paragraph"))
print(cited.to_pandas()[["id", "kind", "relation", "paragraph", "evidence_line"]])

# %% [markdown]
# ## Who voted against 2531?
# An empty answer says why it is empty.

# %%
against = graph.query("who voted against 2531")
print(len(against), "rows:", against.empty_note)

# %% [markdown]
# ## A path, and mentions

# %%
path = graph.query("path from 2531 to 1325")
print(path[0]["path"], path[0]["length"])
print(graph.query("what mentions MINUSMA | limit 3").node_ids())

# %% [markdown]
# ## Mistakes are exceptions with the CLI's message and position

# %%
try:
    graph.query("what dose 2531 cite")
except unxref.QuerySyntaxError as err:
    print(f"column {err.column}: expected {err.expected}, found {err.found}")
    print(err.snippet)

try:
    graph.query("what mentions panel")
except unxref.QueryNameError as err:
    print("did you mean:", err.suggestions)

# %% [markdown]
# ## How did the United Kingdom vote on 2553? Parameters bind safely.

# %%
vote = graph.query("how did $state vote on $res", state="the United Kingdom", res=2553)
print(vote.to_pandas()[["id", "position", "via", "evidence_file", "evidence_line"]])

# %% [markdown]
# ## The whole graph in pandas
# Dates are dates, years nullable integers, evidence split into columns.

# %%
nodes = graph.nodes()
edges = graph.edges()
print(nodes.dtypes[["date", "year", "held"]])
print(edges.groupby("kind").size().sort_values(ascending=False).head())
resolutions = nodes[nodes["kind"] == "resolution"]
print(resolutions[["id", "date"]].dropna().sort_values("date").tail(3))

# %% [markdown]
# ## NetworkX: the most cited documents, counted from the graph

# %%
try:
    import networkx as nx
except ImportError:
    nx = None
if nx is not None:
    G = graph.to_networkx()
    cites = nx.DiGraph((s, t) for s, t, kind in G.edges(keys=True) if kind == "cites")
    print(sorted(cites.in_degree, key=lambda pair: -pair[1])[:5])
    # The query language's ranking counts the same citations:
    ranked = {r["id"]: r["citations"] for r in graph.query("all | top 5 by citations")}
    print(ranked, all(cites.in_degree(id) == n for id, n in ranked.items()))

# %% [markdown]
# ## A diagram, as `unxref render` draws it

# %%
import tempfile, os

out = os.path.join(tempfile.mkdtemp(), "2531.svg")
drawn = graph.render("what does 2531 cite", out)
print(f"wrote {drawn['path']} ({drawn['shown']} of {drawn['total']} nodes, {drawn['engine']})")
