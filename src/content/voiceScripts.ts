/** 语音练习's scripts in one small chunk, imported only by its store (typed in src/env.d.ts). */
export { voiceScripts } from 'virtual:course-voice-scripts'
