"""A deterministic, roughly linear-time layout for the rendered maps.

networkx's ``spring_layout`` costs O(n²) per iteration (48 s at 5,000 nodes), so the maps use
their own layout, in four steps:

1. split the graph into connected components (sorted iteration, so the result never depends on
   insertion order);
2. in each component, fold the leaves (nodes of degree 1) into the node they hang from; what is
   left is the *skeleton*;
3. lay out at most ``core_size`` skeleton nodes (the best connected ones) with a force-directed
   layout in numpy, where a node that carries many leaves pushes harder; place the rest of the
   skeleton breadth-first, each node near the mean of its placed neighbours; put the leaves of
   every node on a sunflower (phyllotaxis) disc around it;
4. pack the components in rows, biggest first.

Everything is seeded and iterated in sorted order: the same graph gives the same coordinates,
bit for bit, on the same machine. Coordinates are rounded to 0.1 so that they print stably.

Examples
--------
>>> import networkx as nx
>>> pos = compute_layout(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3]
True
>>> pos == compute_layout(nx.path_graph(4))
True
>>> compute_layout(nx.Graph())
{}
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable, Sequence

import networkx as nx
import numpy as np
import numpy.typing as npt

__all__ = ["compute_layout", "map_layout"]

Array = npt.NDArray[np.float64]

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
_LEAF_RADIUS = 0.32  # sunflower disc: the i-th leaf sits at _LEAF_RADIUS * sqrt(i + 1)


def compute_layout(
    G: nx.Graph,
    *,
    seed: int = 7,
    scale: float = 150.0,
    core_size: int = 300,
    iterations: int = 120,
) -> dict[Hashable, tuple[float, float]]:
    """Return ``{node: (x, y)}`` for every node of ``G``; one unit of distance is ``scale``.

    Parameters
    ----------
    G : networkx.Graph
        Any undirected graph; node ids need only a stable ``str()``.
    seed : int
        Seed of the random start positions of the force-directed step.
    scale : float
        Length of a typical edge in the output (vis-network pixels).
    core_size : int
        At most this many nodes per component go through the O(n²) force-directed step.
    iterations : int
        Iterations of that step.

    Examples
    --------
    >>> import networkx as nx
    >>> pos = compute_layout(nx.star_graph(5), scale=1.0)
    >>> len(pos), all(abs(x) < 2 and abs(y) < 2 for x, y in pos.values())
    (6, True)
    """
    nodes = sorted(G.nodes, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    neighbours: list[list[int]] = [
        sorted(index[m] for m in G.adj[node] if m != node) for node in nodes
    ]
    rng = np.random.default_rng(seed)
    placed: list[tuple[list[int], Array]] = []
    for component in _components(neighbours):
        placed.append(
            (component, _layout_component(component, neighbours, rng, core_size, iterations))
        )
    coords = _pack(placed, len(nodes))
    coords = np.round(coords * scale, 1) + 0.0  # "+ 0.0" turns -0.0 into 0.0
    return {node: (float(coords[i, 0]), float(coords[i, 1])) for i, node in enumerate(nodes)}


def _components(neighbours: Sequence[Sequence[int]]) -> list[list[int]]:
    """Connected components as sorted index lists, biggest first, ties by smallest index."""
    seen = [False] * len(neighbours)
    components: list[list[int]] = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        seen[start] = True
        members = [start]
        queue = deque([start])
        while queue:
            for m in neighbours[queue.popleft()]:
                if not seen[m]:
                    seen[m] = True
                    members.append(m)
                    queue.append(m)
        members.sort()
        components.append(members)
    components.sort(key=lambda c: (-len(c), c[0]))
    return components


def _layout_component(
    members: list[int],
    neighbours: Sequence[Sequence[int]],
    rng: np.random.Generator,
    core_size: int,
    iterations: int,
) -> Array:
    """Positions (len(members) x 2) of one connected component, centred on (0, 0)."""
    n = len(members)
    if n == 1:
        return np.zeros((1, 2))
    degree = {v: len(neighbours[v]) for v in members}
    # Leaves hang from their only neighbour; a lone edge keeps its first node as the skeleton.
    skeleton = [v for v in members if degree[v] > 1]
    if not skeleton:
        skeleton = [members[0]]
    in_skeleton = set(skeleton)
    leaves_of: dict[int, list[int]] = {v: [] for v in skeleton}
    for v in members:
        if v not in in_skeleton:
            leaves_of[neighbours[v][0]].append(v)
    # A node carrying many leaves needs room for its sunflower disc.
    radius = {v: _LEAF_RADIUS * math.sqrt(len(leaves_of[v])) for v in skeleton}

    pos: dict[int, tuple[float, float]] = {}
    core = _connected_core(skeleton, in_skeleton, neighbours, degree, core_size)
    core_xy = _force_directed(core, neighbours, radius, rng, iterations)
    for v, xy in zip(core, core_xy, strict=True):
        pos[v] = (float(xy[0]), float(xy[1]))

    # The rest of the skeleton, breadth-first from the core.
    children = dict.fromkeys(skeleton, 0)
    queue = deque(core)
    while queue:
        parent = queue.popleft()
        for v in neighbours[parent]:
            if v in pos or v not in in_skeleton:
                continue
            near = [pos[m] for m in neighbours[v] if m in pos]
            cx = sum(p[0] for p in near) / len(near)
            cy = sum(p[1] for p in near) / len(near)
            i = children[parent]
            children[parent] += 1
            r = 1.0 + radius[v] + 0.25 * math.sqrt(i)
            angle = i * _GOLDEN_ANGLE + 0.5
            pos[v] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
            queue.append(v)

    if len(skeleton) > len(core):
        # Refine the whole skeleton, with repulsion between a node and grid cells.
        xy = np.array([pos[v] for v in skeleton], dtype=np.float64)
        local = {v: i for i, v in enumerate(skeleton)}
        pairs = [
            (local[v], local[m]) for v in skeleton for m in neighbours[v] if m in local and v < m
        ]
        sizes = np.array([1.0 + radius[v] for v in skeleton])
        xy = _refine(xy, pairs, sizes, max(10, iterations // 4))
        for v, (x, y) in zip(skeleton, xy.tolist(), strict=True):
            pos[v] = (x, y)

    # Leaves on a sunflower disc around the node they hang from.
    for parent in skeleton:
        px, py = pos[parent]
        for i, leaf in enumerate(leaves_of[parent]):
            r = 0.6 + _LEAF_RADIUS * math.sqrt(i + 1)
            angle = i * _GOLDEN_ANGLE
            pos[leaf] = (px + r * math.cos(angle), py + r * math.sin(angle))

    xy = np.array([pos[v] for v in members], dtype=np.float64)
    centred: Array = xy - (xy.min(axis=0) + xy.max(axis=0)) / 2.0
    return centred


def _connected_core(
    skeleton: list[int],
    in_skeleton: set[int],
    neighbours: Sequence[Sequence[int]],
    degree: dict[int, int],
    core_size: int,
) -> list[int]:
    """Up to ``core_size`` skeleton nodes, connected: breadth-first from the best connected
    node, visiting better connected neighbours first. Sorted."""
    if len(skeleton) <= core_size:
        return skeleton
    start = min(skeleton, key=lambda v: (-degree[v], v))
    core = [start]
    seen = {start}
    queue = deque([start])
    while queue and len(core) < core_size:
        v = queue.popleft()
        for m in sorted(neighbours[v], key=lambda m: (-degree[m], m)):
            if m in in_skeleton and m not in seen:
                seen.add(m)
                core.append(m)
                queue.append(m)
                if len(core) == core_size:
                    break
    return sorted(core)


def _force_directed(
    core: list[int],
    neighbours: Sequence[Sequence[int]],
    radius: dict[int, float],
    rng: np.random.Generator,
    iterations: int,
) -> Array:
    """Fruchterman-Reingold on ``core`` (dense numpy, so keep it small), sized nodes."""
    n = len(core)
    if n == 1:
        return np.zeros((1, 2))
    local = {v: i for i, v in enumerate(core)}
    pairs = [(local[v], local[m]) for v in core for m in neighbours[v] if m in local and v < m]
    src = np.array([p[0] for p in pairs], dtype=np.intp)
    dst = np.array([p[1] for p in pairs], dtype=np.intp)
    size = np.array([1.0 + radius[v] for v in core])
    want = (size[:, None] + size[None, :]) / 2.0  # wanted distance between two nodes
    want_edge = want[src, dst]
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(n)
    temperature = math.sqrt(n) / 2.0
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-4)
        force = want**2 / dist2  # repulsion k²/d along delta/d
        np.fill_diagonal(force, 0.0)
        disp = np.einsum("ij,ijk->ik", force, delta)
        if len(src):
            d = pos[src] - pos[dst]
            length = np.sqrt(np.maximum(np.einsum("ij,ij->i", d, d), 1e-8))
            pull = d * (length / want_edge)[:, None]  # attraction d²/k along d/d
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= pos * 0.05  # a weak gravity keeps loose parts of the core together
        length = np.sqrt(np.maximum(np.einsum("ij,ij->i", disp, disp), 1e-12))
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(temperature - cooling, 0.01)
    result: Array = pos - pos.mean(axis=0)
    return result


def _refine(xy: Array, pairs: list[tuple[int, int]], sizes: Array, iterations: int) -> Array:
    """Force-directed refinement in O(n · cells) per iteration: a node is pushed away from the
    centres of mass of the cells of a coarse grid (its own cell included, which spreads the
    nodes of one cell), and pulled towards its neighbours."""
    n = len(xy)
    src = np.array([p[0] for p in pairs], dtype=np.intp)
    dst = np.array([p[1] for p in pairs], dtype=np.intp)
    want_edge = (sizes[src] + sizes[dst]) / 2.0
    cells = int(min(28, max(4, math.sqrt(n) / 2)))
    temperature = 1.0
    cooling = temperature / (iterations + 1)
    block = max(1, 2_000_000 // (cells * cells))
    for _ in range(iterations):
        low = xy.min(axis=0)
        span = np.maximum(xy.max(axis=0) - low, 1e-6)
        cell = np.minimum((((xy - low) / span) * cells).astype(np.intp), cells - 1)
        flat = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(flat, weights=sizes, minlength=cells * cells)
        used = np.nonzero(mass)[0]
        mass = mass[used]
        centre = (
            np.stack(
                [
                    np.bincount(flat, weights=sizes * xy[:, 0], minlength=cells * cells)[used],
                    np.bincount(flat, weights=sizes * xy[:, 1], minlength=cells * cells)[used],
                ],
                axis=1,
            )
            / mass[:, None]
        )
        disp = np.empty_like(xy)
        cx, cy = centre[:, 0], centre[:, 1]
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = xy[start:stop, 0, None] - cx[None, :]
            dy = xy[start:stop, 1, None] - cy[None, :]
            force = dx * dx
            force += dy * dy
            np.maximum(force, 0.25, out=force)
            np.divide(mass[None, :], force, out=force)
            disp[start:stop, 0] = np.einsum("ij,ij->i", force, dx)
            disp[start:stop, 1] = np.einsum("ij,ij->i", force, dy)
            disp[start:stop] *= sizes[start:stop, None]
        if len(src):
            d = xy[src] - xy[dst]
            length = np.sqrt(np.maximum(np.einsum("ij,ij->i", d, d), 1e-8))
            pull = d * (length / want_edge)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= (xy - xy.mean(axis=0)) * 0.05
        length = np.sqrt(np.maximum(np.einsum("ij,ij->i", disp, disp), 1e-12))
        xy = xy + disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(temperature - cooling, 0.02)
    return xy


def _pack(placed: list[tuple[list[int], Array]], total: int) -> Array:
    """Pack components (biggest first) in rows about as wide as the whole picture is tall."""
    out = np.zeros((total, 2))
    gap = 1.5
    boxes = [(xy.max(axis=0) - xy.min(axis=0)) + gap for _, xy in placed]
    area = sum(float(b[0] * b[1]) for b in boxes)
    row_width = max(math.sqrt(area) * 1.1, float(boxes[0][0]))
    x = y = row_height = 0.0
    for (members, xy), box in zip(placed, boxes, strict=True):
        if x > 0.0 and x + box[0] > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        corner = np.array([x, y]) - xy.min(axis=0) + gap / 2.0
        out[members] = xy + corner
        x += float(box[0])
        row_height = max(row_height, float(box[1]))
    result: Array = out - (out.min(axis=0) + out.max(axis=0)) / 2.0
    return result


_CORE_KINDS = ("person", "topic", "organization")
_LOUVAIN_UP_TO = 6000  # skeleton nodes; above, a faster community detection
_ISLAND = 12  # the smallest community laid out as an island of its own
_TIES = 2  # a person is drawn between at most this many of its strongest topics


def map_layout(G: nx.Graph, *, scale: float = 150.0) -> dict[Hashable, tuple[float, float]]:
    """People around their topics: the layout of the map and of the wiki's pictures.

    Only people, topics and organizations shape the picture. Each person is tied to its
    ``_TIES`` strongest topics (or organizations; a person with neither, to the person it is
    most tied to), each topic to its strongest related topics, and that sparse graph goes
    through :func:`compute_layout`: a person with one topic sits on its topic's sunflower disc, a
    person between two topics between them, topics that share people near each other. Meetings,
    references and action items are then put beside the people and topics they link (the map
    shows them only on request), so they never pull the communities together.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_nodes_from(["t1", "t2"], kind="topic")
    >>> G.add_nodes_from(["a", "b", "c"], kind="person")
    >>> G.add_node("m", kind="meeting")
    >>> G.add_edges_from([("a", "t1"), ("b", "t1"), ("c", "t2"), ("m", "a"), ("m", "c")])
    >>> pos = map_layout(G)
    >>> sorted(pos) == sorted(G.nodes) and pos == map_layout(G)
    True
    """
    kinds = {n: G.nodes[n].get("kind") for n in G.nodes}
    core = sorted((n for n in G.nodes if kinds[n] in _CORE_KINDS), key=str)
    if not core:
        return compute_layout(G, scale=scale)
    in_core = set(core)

    def strongest(node: Hashable, wanted: tuple[str, ...], k: int) -> list[Hashable]:
        found = [
            (-_weight(G, node, m), str(m), m)
            for m in G.adj[node]
            if m != node and m in in_core and kinds[m] in wanted
        ]
        return [m for _, _, m in sorted(found)[:k]]

    skeleton = nx.Graph()
    skeleton.add_nodes_from(core)
    for node in core:
        if kinds[node] == "person":
            ties = strongest(node, ("topic", "organization"), _TIES) or strongest(
                node, ("person",), 1
            )
        else:  # a topic near its strongest related topics and its strongest person
            ties = strongest(node, ("topic", "organization"), _TIES)
            ties += strongest(node, ("person",), 1)
        skeleton.add_edges_from((node, m) for m in ties)
    pos = compute_layout(_by_community(skeleton), scale=scale)

    # The rest beside what they link: at the mean of their placed neighbours, spread on a
    # sunflower around that point so that two of them never coincide.
    rest = sorted((n for n in G.nodes if n not in in_core), key=str)
    around: dict[tuple[float, float], int] = {}
    unplaced = []
    for node in rest:
        near = [pos[m] for m in G.adj[node] if m in pos]
        if not near:
            unplaced.append(node)
            continue
        cx = round(sum(p[0] for p in near) / len(near), 1)
        cy = round(sum(p[1] for p in near) / len(near), 1)
        i = around.get((cx, cy), 0)
        around[(cx, cy)] = i + 1
        r = scale * (0.35 + _LEAF_RADIUS * math.sqrt(i + 1))
        angle = i * _GOLDEN_ANGLE + 1.0
        pos[node] = (round(cx + r * math.cos(angle), 1), round(cy + r * math.sin(angle), 1))
    if unplaced:  # linked to nothing placed: laid out on their own, below the rest
        sub = compute_layout(G.subgraph(unplaced), scale=scale)
        bottom = max((p[1] for p in pos.values()), default=0.0) + 2 * scale
        top = min(p[1] for p in sub.values())
        for node, (x, y) in sub.items():
            pos[node] = (x, round(bottom + y - top, 1))
    return pos


def _by_community(skeleton: nx.Graph) -> nx.Graph:
    """The skeleton without the ties between its communities (Louvain, seeded): each community
    is then laid out as a group of its own and the groups are packed side by side, so that
    projects and subsystems form visible islands instead of one ball."""
    if skeleton.number_of_edges() < 50:
        return skeleton
    if skeleton.number_of_nodes() <= _LOUVAIN_UP_TO:
        communities = nx.community.louvain_communities(skeleton, seed=7)
    else:  # Louvain took 4.5 s on a 13,000-node skeleton; this 0.3 s (smaller groups)
        communities = list(nx.community.fast_label_propagation_communities(skeleton, seed=7))
    # small groups stay tied to their neighbours: islands of three would only scatter the map
    label = {
        node: i if len(members) >= _ISLAND else -1
        for i, members in enumerate(communities)
        for node in members
    }
    apart = nx.Graph()
    apart.add_nodes_from(skeleton.nodes)
    apart.add_edges_from(
        (u, v) for u, v in skeleton.edges if label[u] == label[v] or -1 in (label[u], label[v])
    )
    return apart


def _weight(G: nx.Graph, u: Hashable, v: Hashable) -> float:
    value = G.edges[u, v].get("weight", 1.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return 1.0
    return float(value)
