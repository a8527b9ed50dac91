/** The learners on this device: names, switching, PINs. */
import { addMessages } from '../catalogue'

const messages = {
  profiles: {
    title: '学员与学习记录',
    intro: '同一台电脑可以有多位学员，每人的学习记录分开保存在这个浏览器中。',
    current: '当前学员',
    listHeading: '本机的学员',
    active: '（当前）',
    switchTo: '切换到 {name}',
    editDetails: '修改资料',
    editDetailsOf: '修改资料：{name}',
    detailsLegend: '{name} 的姓名、工号和班组',
    save: '保存',
    cancel: '取消',
    delete: '删除',
    deleteOf: '删除：{name}',
    deleteConfirm: '删除学员“{name}”以及他/她的全部学习记录？此操作不能撤销，建议先导出。',
    deleteYes: '确定删除',
    keep: '先不',
    lastProfile: '至少要保留一位学员。',
    createHeading: '添加学员',
    nameLabel: '姓名',
    create: '添加并切换',
    created: '已添加学员 {name}，现在是当前学员。',
    switched: '已切换到学员 {name}。',
    detailsSaved: '已保存 {name} 的资料。',
    deleted: '已删除学员 {name}。',
    exportHeading: '导出与导入',
    exportIntro: '把当前学员的学习记录保存为文件，可以备份，或在另一台设备上导入。',
    export: '导出 {name} 的学习记录',
    importLabel: '选择要导入的学习记录文件（.json）',
    importIntro: '导入的记录会合并到当前学员，已有的记录不会丢失。',
    imported: '已导入“{learner}”在 {date} 导出的记录：已学课程 {lessons} 课、测验 {attempts} 次、情景演练 {runs} 次。',
    importRefused: '没有导入：{problem}',
    readFailed: '文件读取失败。',
    certifiedNote:
      '你已通过结业考试，证书上的姓名是“{name}”，改名不会改变已颁发的证书。如需更正证书上的姓名，请联系培训师重新颁发。',
    certifiedAs: '证书姓名：{name}',
    reissue: '证书改用现名“{name}”',
    reissueConfirm:
      '把证书上的姓名从“{certified}”改为“{name}”？再次打开证书时会按新姓名显示，证书编号也随之改变，旧编号将无法通过核对。',
    reissueYes: '确定改名',
    reissued: '{name} 的证书已改用现名，请重新打印。',
    nameBeforePass: '姓名会印在结业证书上，请在通过考试前确认无误。',
    unlockLabel: '{name} 的 PIN（4 位数字）',
    unlock: '切换',
    tooManyTries: 'PIN 已连续输错 {count} 次，为保护学习记录，请等 {wait}后再试。',
    waitLeft: '还需等待 {wait}。',
    locked: '已设 PIN',
  },
  pin: {
    heading: '我的 PIN',
    intro:
      '在共用电脑上，可以为自己的学习记录设置 4 位数字 PIN，别人切换到你时需要输入。忘记 PIN 只能删除该学员（学习记录会一并删除）。',
    isSet: '已为 {name} 设置 PIN。',
    setLabel: '新的 PIN（4 位数字）',
    set: '设置 PIN',
    removeLabel: '输入当前 PIN 以取消',
    remove: '取消 PIN',
    saved: 'PIN 已设置，切换到你时需要输入。',
    removed: 'PIN 已取消。',
  },
}

addMessages(messages)
export default messages
