"""A post in a town that also has an expropriation project (龙水镇新来的副镇长叫啥) is a
question about appointments, not about the town's project."""

from __future__ import annotations

APPOINTMENT_TOOLS = {"appointments_by_post", "people_with_title", "appointments_of_person"}


def test_a_post_of_a_project_town_is_asked_of_the_appointments(dev_answerer):
    project = dev_answerer.ask("龙水镇五金市场片区征收涉及多少户")
    assert project.tool == "compensation_project"  # the town has a project
    for question in ("龙水镇新来的副镇长叫啥名字", "龙水镇的镇长是哪个"):
        assert dev_answerer.ask(question).tool in APPOINTMENT_TOOLS, question


def test_a_project_question_naming_a_post_word_and_a_cue_stays_a_project_question(dev_answerer):
    answer = dev_answerer.ask("龙水镇五金市场征收，负责的领导是哪个，签约期是哪天")
    assert answer.tool and answer.tool.startswith("compensation")
