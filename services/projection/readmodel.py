"""The projection's read model in Redis: one hash entry per fact view, per article.

Derived data, never the truth: `claimlog replay` drops these keys and folds the log
again. Readers (`claimlog picture`, other API replicas) assemble the picture from
the hash with the same `assemble` the projection uses, so it is byte-identical.
"""
from __future__ import annotations

import orjson
from redis.asyncio import Redis

from contracts.streams import READ_MODEL_ARTICLES, READ_MODEL_FACTS, READ_MODEL_KEYS, READ_MODEL_META
from services.projection.picture import Picture, assemble


async def write(redis: Redis, picture: Picture, fact_ids: set[str], article_ids: set[str]) -> None:
    """Write the views of the given facts and articles, and the positions, in one transaction."""
    async with redis.pipeline(transaction=True) as p:
        for fid in sorted(fact_ids):
            view = picture.fact_view_json(fid)
            if view is None:
                p.hdel(READ_MODEL_FACTS, fid)
            else:
                p.hset(READ_MODEL_FACTS, fid, view)
        for aid in sorted(article_ids):
            art = picture.articles.get(aid)
            if art is not None:
                p.hset(READ_MODEL_ARTICLES, aid, orjson.dumps(art, option=orjson.OPT_SORT_KEYS))
        if picture.positions:
            p.hset(READ_MODEL_META, mapping={f"position:{k}": v for k, v in picture.positions.items()})
        p.hset(READ_MODEL_META, "events_applied", picture.events_applied)
        await p.execute()


async def write_all(redis: Redis, picture: Picture) -> None:
    """Replace the whole read model with `picture` (after a replay)."""
    await drop(redis)
    ids = sorted(picture.facts)
    for i in range(0, max(len(ids), 1), 2000):
        await write(redis, picture, set(ids[i:i + 2000]), set())
    arts = sorted(picture.articles)
    for i in range(0, len(arts), 2000):
        await write(redis, picture, set(), set(arts[i:i + 2000]))


async def drop(redis: Redis) -> None:
    await redis.delete(*READ_MODEL_KEYS)


async def picture_json(redis: Redis) -> bytes:
    views = await redis.hgetall(READ_MODEL_FACTS)
    return assemble({k.decode() if isinstance(k, bytes) else k: v for k, v in views.items()})


async def articles(redis: Redis) -> list[dict]:
    rows = await redis.hgetall(READ_MODEL_ARTICLES)
    return sorted((orjson.loads(v) for v in rows.values()), key=lambda a: (a.get("position") or "", a["id"]))
