/**
 * An original, illustrative wire story and the copies other outlets make of it, for near-duplicate tests.
 * Written for these tests; no real events or people.
 */
export const WIRE_STORY = `Harbour pilots in Vestra walked off the job on Tuesday after talks over night-shift pay broke down, leaving three container ships waiting outside the breakwater.
"We have asked for the same rate as the river pilots for eleven years, and every year we are told to wait," said Anneli Brask, who chairs the pilots' association.
The port authority said it regretted the stoppage and would return to the table on Thursday. Its director, Tomas Verhoef, told reporters that the authority's offer of a four per cent rise remained generous given the fall in traffic since the spring.
Shipping agents estimated that each day of delay costs the carriers about forty thousand euros in fuel and fees. Two of the waiting ships carry fresh produce bound for markets in the north.
The last strike at the port, in 2019, lasted nine days and ended with an arbitration ruling that both sides later criticised.`;

/** The same story as another site runs it: a new first line, the last paragraph cut, a sentence added. */
export const EDITED_COPY = `Vestra port pilots strike over pay
Harbour pilots in Vestra walked off the job on Tuesday after talks over night-shift pay broke down, leaving three container ships waiting outside the breakwater.
"We have asked for the same rate as the river pilots for eleven years, and every year we are told to wait," said Anneli Brask, who chairs the pilots' association.
The port authority said it regretted the stoppage and would return to the table on Thursday. Its director, Tomas Verhoef, told reporters that the authority's offer of a four per cent rise remained generous given the fall in traffic since the spring.
Shipping agents estimated that each day of delay costs the carriers about forty thousand euros in fuel and fees. Two of the waiting ships carry fresh produce bound for markets in the north.
Local businesses near the quay said they had seen fewer customers since Monday.`;

/** A different story on the same subject: shares names and topic words, not the reporting. */
export const OTHER_STORY = `The Vestra port authority on Thursday presented a new offer to the harbour pilots, raising its proposed night-shift rise from four to six per cent.
Anneli Brask, who chairs the pilots' association, said the members would vote on the offer over the weekend and that the stoppage would continue until then.
Tomas Verhoef, the authority's director, said he hoped the ships anchored outside the breakwater could enter the harbour by Monday. Fruit importers have warned that part of the cargo on one vessel may already be lost.
The regional government has offered to send a mediator if the vote fails, a step that was last taken in 2019.`;
