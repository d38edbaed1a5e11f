"""The runtime every generated client shares, as real modules: regen copies each one into `<package>/` verbatim.

Every module here but this one is copied (scripts/client_inputs.py, RUNTIME): a module imports its siblings
relatively (`from . import errors`), so the same file works here, under unit test, and in each client package.
Nothing here knows a vendor: what differs per spec is rendered by clientgen/templates/.
"""
