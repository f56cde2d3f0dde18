"""Networking or marketing: intents of posts and messages, kinds of accounts."""

from socialscope.classify.account_kind import KINDS, account_kinds
from socialscope.classify.content import classify_content, explain_content, intent_scores
from socialscope.classify.evaluation import evaluate_model, evaluate_predictions, leave_one_group_out, rule_report
from socialscope.classify.intent import TEXT_KINDS, IntentModel, NotFittedError, active_model, shipped_model
from socialscope.classify.labelled import INTENTS, load_labelled_csv, load_labelled_posts, load_sms, load_youtube
from socialscope.classify.rules import RULES, Rule

__all__ = [
    "INTENTS",
    "KINDS",
    "RULES",
    "TEXT_KINDS",
    "IntentModel",
    "NotFittedError",
    "Rule",
    "account_kinds",
    "active_model",
    "classify_content",
    "evaluate_model",
    "evaluate_predictions",
    "explain_content",
    "intent_scores",
    "leave_one_group_out",
    "load_labelled_csv",
    "load_labelled_posts",
    "load_sms",
    "load_youtube",
    "rule_report",
    "shipped_model",
]
