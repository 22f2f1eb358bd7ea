"""编制 by type: people of each 编制类型 against the posts of that type, per body.

A body holds authorised posts per post type (``Body.posts_by_type``, e.g.
行政编制 5、事业编制 3); each person holds a post of one type
(``Person.post_type``).  Per body and type this module counts both, so that
validation can flag 超编 (more people of a type than posts of it) and 混岗 (a
person of a type the body has no posts of), the structure page can show 空编
(posts of a type nobody holds) and ``info --json`` can give the totals.

Only bodies whose posts are split by type are checked per type; a body with a
total 编制数 only is checked on the total alone (``body.over_posts``).  编外
people hold no authorised post and people whose type nobody entered yet are
not counted against any type.  Pure Python.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reformdesk.domain.model import AUTHORISED_POST_TYPES, Body, Plan, PostType

#: Stable keys of post types in JSON output (``info --json``).
POST_TYPE_KEYS: dict[PostType, str] = {
    PostType.ADMINISTRATIVE: "administrative",
    PostType.INSTITUTION: "institution",
    PostType.CIVIL_SERVICE_REFERENCE: "civil_service_reference",
    PostType.WORKER: "worker",
    PostType.OUTSIDE: "outside",
    PostType.UNSET: "unset",
}


@dataclass(frozen=True, slots=True)
class TypeUse:
    """One post type in one body: people holding it, posts of it."""

    post_type: PostType
    people: int
    posts: int

    @property
    def vacant(self) -> int:
        """空编: posts nobody holds (0 when full or over)."""
        return max(0, self.posts - self.people)

    @property
    def over(self) -> int:
        """超编: people beyond the posts of their type (a type without posts is 混岗, not 超编)."""
        return max(0, self.people - self.posts) if self.posts else 0


@dataclass(frozen=True, slots=True)
class BodyPosts:
    body_id: str
    #: Per authorised type the body has posts of or people of, in PostType order.
    uses: tuple[TypeUse, ...]
    #: Whether the body's posts are split by type (else only its total is known).
    by_type: bool
    #: People of each type held against no post of theirs (混岗), by person id.
    mixed: tuple[str, ...]

    def use(self, post_type: PostType) -> TypeUse:
        for use in self.uses:
            if use.post_type is post_type:
                return use
        return TypeUse(post_type, 0, 0)


def body_posts(plan: Plan, body: Body, members: list | None = None) -> BodyPosts:
    """How the people of ``body`` hold its posts, type by type."""
    if members is None:
        members = plan.people_by_body().get(body.id, [])
    counts = Counter(p.post_type for p in members)
    posts = body.posts_by_type
    uses = tuple(
        TypeUse(t, counts.get(t, 0), posts.get(t)) for t in AUTHORISED_POST_TYPES if posts.get(t) or counts.get(t, 0)
    )
    mixed: tuple[str, ...] = ()
    if posts:
        mixed = tuple(p.id for p in members if p.post_type in AUTHORISED_POST_TYPES and not posts.get(p.post_type))
    return BodyPosts(body.id, uses, bool(posts), mixed)


def all_body_posts(plan: Plan) -> dict[str, BodyPosts]:
    by_body = plan.people_by_body()
    return {bid: body_posts(plan, b, by_body.get(bid, [])) for bid, b in plan.bodies.items()}


def people_by_type(plan: Plan) -> dict[PostType, int]:
    """Everyone of the plan per post type (every type listed, in PostType order after UNSET)."""
    counts = Counter(p.post_type for p in plan.people.values())
    order = [*AUTHORISED_POST_TYPES, PostType.OUTSIDE, PostType.UNSET]
    return {t: counts.get(t, 0) for t in order}


def posts_by_type(plan: Plan) -> dict[PostType, int]:
    """Authorised posts of all bodies per type (bodies without a split count under none)."""
    out = dict.fromkeys(AUTHORISED_POST_TYPES, 0)
    for body in plan.bodies.values():
        for kind, count in body.posts_by_type.counts:
            if kind in out:
                out[kind] += count
    return out


def use_text(use: TypeUse) -> str:
    """“行政编制 3/5（空编 2）” — the Chinese text of one type's use."""
    text = f"{use.post_type.value} {use.people}/{use.posts}"
    if use.over:
        return f"{text}（超编 {use.over}）"
    if use.vacant:
        return f"{text}（空编 {use.vacant}）"
    return text
