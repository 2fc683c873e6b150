// Test support only (`@app/surveys/testing`): what tests about surveys do to the lib's own tables.
export { answerSurveyOn } from './survey.factory';
