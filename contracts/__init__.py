"""The language the claimlog services speak: events, claims, articles and stream names.

Everything that crosses a service boundary is defined here, once, as a versioned
pydantic model; services import from here and from nowhere else to talk to each other.
"""
