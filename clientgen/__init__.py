"""How a spec becomes a client: the shared runtime (runtime/), the per-spec templates (templates/), the package
READMEs (readmes/) and a kitchen-sink spec that exercises every template branch (kitchen_sink/)."""
