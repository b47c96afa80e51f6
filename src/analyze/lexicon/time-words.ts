/** Words of time that may sit between a cue and its content ("said on Tuesday that", "said last week"). */
export const TIME_WORDS = new Set([
  'today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'last', 'this', 'next', 'earlier', 'later', 'again', 'also', 'repeatedly', 'publicly',
  'privately', 'recently', 'previously', 'once', 'twice', 'often', 'now', 'then', 'afterwards', 'separately',
]);
