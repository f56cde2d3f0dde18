"""Networking or marketing: intents of posts and messages, kinds of accounts."""

import lazy_loader

# The public API, imported on first use (lazy_loader): importing one submodule, or the
# CLI at start-up, does not load the whole package and its libraries.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "account_kind": ["KINDS", "account_kinds"],
        "content": ["classify_content", "explain_content", "intent_scores"],
        "evaluation": ["evaluate_model", "evaluate_predictions", "leave_one_group_out", "rule_report"],
        "intent": ["IntentModel", "NotFittedError", "TEXT_KINDS", "active_model", "shipped_model"],
        "labelled": ["INTENTS", "load_labelled_csv", "load_labelled_posts", "load_sms", "load_youtube"],
        "rules": ["RULES", "Rule"],
    },
)
