/** What the device keeps: storage notices, space used and the backups set aside. */
import { addMessages } from '../catalogue'

const messages = {
  storage: {
    recoveredTitle: '部分学习记录无法读取',
    downloadBackup: '下载备份',
    toBackups: '到“学员”页面下载备份',
    dismiss: '知道了',
    saveFailed: '保存失败：{message}',
    memoryOnlyTitle: '这台设备上不会保存学习记录',
    memoryOnly: '{problem}。你仍可以学习和练习，但关闭或刷新页面后记录就没有了。请在离开前到“学员”页面导出学习记录。',
    toExport: '去导出',
    switchedTitle: '这个窗口现在是「{name}」的学习记录',
    switched:
      '刚才在另一个窗口里切换到了学员「{name}」。从现在起，这个窗口里学的、答的，都记在「{name}」名下。如果你不是「{name}」，请先切换回自己。',
    toLearners: '切换学员',
    useHeading: '存储空间',
    used: '已用 {used}，浏览器允许约 {quota}。',
    usedUnknown: '浏览器没有告知已用空间。',
    persisted: '浏览器已承诺不会为腾出空间而自动清除这些记录。',
    notPersisted: '浏览器在空间不足时可能会清除这些记录，请定期导出备份。',
    backupsHeading: '另存的备份',
    backupsIntro:
      '无法读取的记录不会被丢掉：原文另存在这里（最多保留 10 份），可以下载保存或交给培训师查看，下载的文件也可以在上面导入。',
    backupsEmpty: '没有另存的备份。',
    backupItem: '{date}：{reason}',
    backupDownload: '下载这份备份',
  },
}

addMessages(messages)
export default messages
