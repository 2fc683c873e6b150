/** Words too common to say anything about an answer, in English and Spanish. */
export const STOP_WORDS: string[] = [
  // English
  'the', 'and', 'for', 'are', 'but', 'not', 'you', 'all', 'any', 'can', 'had', 'her', 'was', 'one', 'our', 'out', 'has', 'his', 'how',
  'its', 'may', 'who', 'did', 'get', 'got', 'him', 'she', 'too', 'use', 'that', 'with', 'have', 'this', 'will', 'your', 'from', 'they',
  'been', 'were', 'what', 'when', 'where', 'which', 'their', 'there', 'them', 'then', 'than', 'these', 'those', 'would', 'could',
  'should', 'about', 'into', 'more', 'some', 'such', 'very', 'just', 'also', 'only', 'other', 'over', 'because', 'being', 'here',
  'much', 'many', 'most', 'does', 'doing', 'dont', 'didnt', 'im', 'ive', 'it', 'is', 'of', 'to', 'in', 'on', 'at', 'by', 'an', 'or',
  'my', 'me', 'we', 'us', 'so', 'if', 'as', 'be', 'do', 'no', 'up', 'am', 'really', 'think', 'like', 'need', 'want',
  // Spanish
  'que', 'los', 'las', 'del', 'por', 'con', 'una', 'uno', 'para', 'como', 'más', 'mas', 'pero', 'sus', 'les', 'este', 'esta', 'esto',
  'estos', 'estas', 'ese', 'esa', 'eso', 'hay', 'muy', 'sin', 'sobre', 'también', 'tambien', 'hasta', 'desde', 'donde', 'cuando',
  'porque', 'todo', 'todos', 'toda', 'todas', 'nos', 'ni', 'ya', 'yo', 'tú', 'él', 'ella', 'ellos', 'ellas', 'ser', 'son', 'fue',
  'era', 'está', 'están', 'estar', 'tiene', 'tienen', 'han', 'hace', 'poco', 'mucho', 'mucha', 'muchos', 'otro', 'otra', 'otros',
  'qué', 'cómo', 'el', 'la', 'lo', 'de', 'en', 'un', 'se', 'no', 'su', 'al', 'es', 'mi', 'me', 'te', 'si', 'sí', 'y', 'o', 'a',
];
