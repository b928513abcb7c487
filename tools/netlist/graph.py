"""The circuit as a graph (devices and nets as nodes, terminals as labelled edges) and the isomorphism proof.

A translation is proven when, for the top level and every subcircuit, the graph of
the re-parsed output is isomorphic to the source's with equal labels: device kind,
model or subcircuit name, and every value in a dialect-free spelling. The model
cards are compared as well. The proof first tries the isomorphism the device and
net names suggest (linear time); only when names changed does it search (VF2).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from chipsmith.tools.netlist.model import Device, Model, Netlist, Subckt
from chipsmith.tools.netlist.sources import source_spec
from chipsmith.tools.netlist.spice_emit import mos_family
from chipsmith.tools.netlist.values import is_expr, label_value, to_float

_GROUND = {"0", "gnd", "gnd!"}
_PRIMARY = {"R": ("r", "resistance"), "C": ("c", "capacitance"), "L": ("l", "inductance")}


def device_key(d: Device) -> str:
    name = d.name.lower()
    return name if name[:1] == d.kind.lower() else d.kind.lower() + name


def device_label(d: Device) -> str:
    """Kind, master and values of a device, spelled the same whatever the dialect."""
    params = {k.lower(): v for k, v in d.params.items()}
    model = d.model.lower()
    parts: list[str] = [d.kind]
    if d.kind in _PRIMARY:
        values = [a for a in d.args if to_float(a) is not None or is_expr(a)]
        words = [a for a in d.args if a not in values]
        if not model and words:
            model = words[0].lower()
        primary = values[0] if values else next((params.pop(k) for k in _PRIMARY[d.kind] if k in params), "")
        for k in _PRIMARY[d.kind]:
            params.pop(k, None)
        parts += [model, label_value(primary) if primary else ""]
        parts += [label_value(a) for a in values[1:]]
    elif d.kind in "VI" and not d.behaviour:
        parts.append(json.dumps(source_spec(d.args), sort_keys=True))
    else:
        parts += [model] + [label_value(a) for a in d.args]
    if d.behaviour:
        parts.append(" ".join(d.behaviour.lower().split()))
    parts += [r.lower() for r in d.refs]
    parts += [f"{k}={label_value(v) if v else ''}" for k, v in sorted(params.items())]
    return "|".join(parts)


def scope_graph(items: list[Any], ports: list[str], case_sensitive: bool = False) -> nx.Graph:
    """One scope's graph: a node per device and per net, an edge per device-net connection."""
    g = nx.Graph()

    def net_key(n: str) -> str:
        k = n if case_sensitive else n.lower()
        return "0" if k.lower() in _GROUND else k

    for i, p in enumerate(ports):
        g.add_node(("n", net_key(p)), label=f"port{i}")
    for it in items:
        if not isinstance(it, Device):
            continue
        dk = ("d", device_key(it))
        g.add_node(dk, label=device_label(it))
        for t, net in enumerate(it.nodes):
            nk = ("n", net_key(net))
            if nk not in g:
                g.add_node(nk, label="gnd" if nk[1] == "0" else "net")
            term = it.pins[t].lower() if t < len(it.pins) else str(t)
            if g.has_edge(dk, nk):
                g.edges[dk, nk]["t"] = tuple(sorted(g.edges[dk, nk]["t"] + (term,)))
            else:
                g.add_edge(dk, nk, t=(term,))
    return g


def graphs(net: Netlist) -> dict[str, nx.Graph]:
    """The graph of the top level and of every subcircuit, keyed by scope path (lower case)."""
    out = {"": scope_graph(net.items, [], net.case_sensitive)}
    for scope, it in net.walk():
        if isinstance(it, Subckt):
            key = (f"{scope}/{it.name}" if scope else it.name).lower()
            out[key] = scope_graph(it.items, it.ports, net.case_sensitive)
    return out


def _models(net: Netlist) -> dict[str, str]:
    out = {}
    for _, it in net.walk():
        if isinstance(it, Model):
            params = {k: v for k, v in it.params.items() if k not in ("level", "type")}
            mtype = it.mtype
            if mtype in ("nmos", "pmos") and "level" in it.params:
                mtype += ":" + (mos_family(net.dialect, it.params["level"]) or it.params["level"])
            out[it.name.lower()] = mtype + "|" + " ".join(it.raw.lower().split()) + "|" + "|".join(f"{k}={label_value(v)}" for k, v in sorted(params.items()))
    return out


@dataclass
class Proof:
    """The outcome of comparing a source with the re-parsed translation."""

    ok: bool
    method: str = ""
    problems: list[str] = field(default_factory=list)
    devices: int = 0
    nets: int = 0
    scopes: int = 0

    def summary(self) -> str:
        if self.ok:
            return f"isomorphic ({self.scopes} scope(s), {self.devices} devices, {self.nets} nets; {self.method})"
        return "not isomorphic: " + "; ".join(self.problems[:3])


def _same_by_names(a: nx.Graph, b: nx.Graph) -> bool:
    if a.number_of_nodes() != b.number_of_nodes() or a.number_of_edges() != b.number_of_edges():
        return False
    for n, data in a.nodes(data=True):
        if n not in b or b.nodes[n].get("label") != data.get("label"):
            return False
    for u, v, data in a.edges(data=True):
        if not b.has_edge(u, v) or b.edges[u, v]["t"] != data["t"]:
            return False
    return True


def prove(source: Netlist, result: Netlist, *, vf2_limit: int = 4000) -> Proof:
    """Check ``result`` (a re-parsed translation) has the same circuit as ``source``."""
    ga, gb = graphs(source), graphs(result)
    problems: list[str] = []
    methods: set[str] = set()
    devices = nets = 0
    if set(ga) != set(gb):
        problems.append(f"subcircuits differ: only in source {sorted(set(ga) - set(gb))[:5]}, "
                        f"only in result {sorted(set(gb) - set(ga))[:5]}")
    for scope in sorted(set(ga) & set(gb)):
        a, b = ga[scope], gb[scope]
        devices += sum(1 for n in a if n[0] == "d")
        nets += sum(1 for n in a if n[0] == "n")
        if _same_by_names(a, b):
            methods.add("name map")
            continue
        if max(a.number_of_nodes(), b.number_of_nodes()) > vf2_limit:
            problems.append(f"scope {scope or 'top'}: names differ and the graph is too large for a search")
            continue
        if nx.is_isomorphic(a, b, node_match=lambda x, y: x["label"] == y["label"], edge_match=lambda x, y: x["t"] == y["t"]):
            methods.add("VF2")
        else:
            problems.append(f"scope {scope or 'top'}: {_first_difference(a, b)}")
    ma, mb = _models(source), _models(result)
    if ma != mb:
        diff = sorted(k for k in set(ma) | set(mb) if ma.get(k) != mb.get(k))
        problems.append(f"model cards differ: {diff[:5]}")
    return Proof(ok=not problems, method="+".join(sorted(methods)) or "empty", problems=problems, devices=devices,
                 nets=nets, scopes=len(ga))


def _first_difference(a: nx.Graph, b: nx.Graph) -> str:
    la = sorted(d["label"] for _, d in a.nodes(data=True))
    lb = sorted(d["label"] for _, d in b.nodes(data=True))
    if la != lb:
        only_a = sorted(set(la) - set(lb))[:2]
        only_b = sorted(set(lb) - set(la))[:2]
        return f"device labels differ: source {only_a} vs result {only_b}"
    return f"same devices, different connections ({a.number_of_edges()} vs {b.number_of_edges()} edges)"


def to_json_graph(net: Netlist) -> dict[str, Any]:
    """The JSON graph form (node-link per scope), as circuit-GNN datasets use."""
    out: dict[str, Any] = {"format": "chipsmith-netlist-graph/1", "title": net.title, "source_dialect": net.dialect, "scopes": {}}
    for scope, g in graphs(net).items():
        nodes = [{"id": f"{k[0]}:{k[1]}", "type": "device" if k[0] == "d" else "net", "label": d["label"]}
                 for k, d in sorted(g.nodes(data=True))]
        edges = [{"device": f"{u[0]}:{u[1]}" if u[0] == "d" else f"{v[0]}:{v[1]}",
                  "net": f"{v[0]}:{v[1]}" if u[0] == "d" else f"{u[0]}:{u[1]}", "terminals": list(d["t"])}
                 for u, v, d in g.edges(data=True)]
        edges.sort(key=lambda e: (e["device"], e["net"]))
        out["scopes"][scope or "top"] = {"nodes": nodes, "edges": edges}
    return out
