"""A player's statistic in a box score (a personal concept: points, assists, carries), on ECB+
clusters run alone: one sentence printed by three outlets agrees whatever else its article
says of another player's same figure, and one article's two players never agree."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together


def test_one_players_points_agree_though_his_article_gives_another_player_as_many():
    # "Richard Carter scored 14 points and Seth VanDeest scored 13 for the ninth - seeded
    # Bulldogs" in three reports, each of which also gives Artino "14 points" earlier: the
    # article's first "14 points" is not Carter's, nor stands for it
    report = ecb_cluster("31ecbplus")
    assert held_together(report, ("31_5ecbplus", 560), ("31_6ecbplus", 579))
    assert held_together(report, ("31_5ecbplus", 560), ("31_11ecbplus", 579))


def test_two_players_of_one_article_never_agree():
    # "Stephen Curry, posted a game-high 29 points to go with eight rebounds and six assists" /
    # "Dominic James added 15 points with six assists."; "Corey Raji posted 16 points for the
    # Eagles" / "Jerel McNeal posted 16 points for the Golden Eagles" (ECB+ 31_4ecb)
    report = ecb_cluster("31ecb")
    text = next(d.body for d in report.documents if d.id.endswith("#31_4ecb"))
    for first, second in [
        ("eight rebounds and six assists", "15 points with six assists"),
        ("Corey Raji posted 16 points", "Jerel McNeal posted 16 points"),
    ]:
        one = text.index(first) + first.rindex(" ", 0, first.rindex(" ")) + 1
        other = text.index(second) + second.rindex(" ", 0, second.rindex(" ")) + 1
        assert not held_together(report, ("31_4ecb", one), ("31_4ecb", other))
