import pytest

from scripts.errors import PipelineError
from scripts.recognise import recognise

from .outlines import outline


def test_a_document_two_recognisers_claim_stops_with_both_reasons():
    both = outline("重庆市大足区人民政府关于征收某某片区房屋及有关人员任免的决定",
                   ["区政府决定征收某某片区国有土地上房屋。", "任命", "王五为某某指挥部副指挥长。"])
    with pytest.raises(PipelineError) as stopped:
        recognise(both)
    message = str(stopped.value)
    assert "appointments" in message and "expropriation_decision" in message
    assert "任命" in message and "决定征收" in message
    assert "sources/synthetic.txt" in message
