# GENERATED from ui/status_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from commandpost.gui.widgets.source_combo import SourceCombo

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(860, 680)
        self.dialogLayout = QVBoxLayout(StatusDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formScroll = QScrollArea(StatusDialog)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formScroll.setWidgetResizable(True)
        self.formArea = QWidget()
        self.formArea.setObjectName(u"formArea")
        self.formLayout = QVBoxLayout(self.formArea)
        self.formLayout.setSpacing(10)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.targetLabel = QLabel(self.formArea)
        self.targetLabel.setObjectName(u"targetLabel")
        self.targetLabel.setText(u"")
        self.targetLabel.setWordWrap(True)
        self.targetLabel.setTextFormat(Qt.TextFormat.RichText)

        self.formLayout.addWidget(self.targetLabel)

        self.selectionList = QListWidget(self.formArea)
        self.selectionList.setObjectName(u"selectionList")
        self.selectionList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.selectionList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.selectionList.setUniformItemSizes(True)

        self.formLayout.addWidget(self.selectionList)

        self.classGroup = QGroupBox(self.formArea)
        self.classGroup.setObjectName(u"classGroup")
        self.classLayout = QVBoxLayout(self.classGroup)
        self.classLayout.setObjectName(u"classLayout")
        self.classCombo = QComboBox(self.classGroup)
        self.classCombo.setObjectName(u"classCombo")

        self.classLayout.addWidget(self.classCombo)

        self.classNote = QLabel(self.classGroup)
        self.classNote.setObjectName(u"classNote")
        self.classNote.setText(u"")
        self.classNote.setWordWrap(True)

        self.classLayout.addWidget(self.classNote)


        self.formLayout.addWidget(self.classGroup)

        self.threatGroup = QGroupBox(self.formArea)
        self.threatGroup.setObjectName(u"threatGroup")
        self.threatLayout = QVBoxLayout(self.threatGroup)
        self.threatLayout.setObjectName(u"threatLayout")
        self.threatNote = QLabel(self.threatGroup)
        self.threatNote.setObjectName(u"threatNote")
        self.threatNote.setText(u"")
        self.threatNote.setWordWrap(True)

        self.threatLayout.addWidget(self.threatNote)

        self.categoryArea = QWidget(self.threatGroup)
        self.categoryArea.setObjectName(u"categoryArea")

        self.threatLayout.addWidget(self.categoryArea)


        self.formLayout.addWidget(self.threatGroup)

        self.infoGroup = QGroupBox(self.formArea)
        self.infoGroup.setObjectName(u"infoGroup")
        self.infoLayout = QFormLayout(self.infoGroup)
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(self.infoGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.infoGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 72))
        self.reasonEdit.setTabChangesFocus(True)

        self.infoLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.sourceLabel = QLabel(self.infoGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = SourceCombo(self.infoGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.infoLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.observedLabel = QLabel(self.infoGroup)
        self.observedLabel.setObjectName(u"observedLabel")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.observedLabel)

        self.observedEdit = QDateTimeEdit(self.infoGroup)
        self.observedEdit.setObjectName(u"observedEdit")
        self.observedEdit.setCalendarPopup(True)
        self.observedEdit.setDisplayFormat(u"d MMM yyyy HH.mm")

        self.infoLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.observedEdit)


        self.formLayout.addWidget(self.infoGroup)

        self.formStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formStretch)

        self.formScroll.setWidget(self.formArea)

        self.dialogLayout.addWidget(self.formScroll)

        self.hintLabel = QLabel(StatusDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.observedLabel.setBuddy(self.observedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.classCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.observedEdit)

        self.retranslateUi(StatusDialog)
        self.buttonBox.rejected.connect(StatusDialog.reject)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Update vulnerability", None))
        self.classGroup.setTitle(QCoreApplication.translate("StatusDialog", u"TPS class", None))
        self.threatGroup.setTitle(QCoreApplication.translate("StatusDialog", u"Threat levels", None))
        self.infoGroup.setTitle(QCoreApplication.translate("StatusDialog", u"Why and from whom", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"Required: what was reported or seen, e.g. \"Bhabinkamtibmas report: the river rose 1 m\"", None))
        self.sourceLabel.setText(QCoreApplication.translate("StatusDialog", u"&Source:", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("StatusDialog", u"Where the information comes from; type a new name to add it to the list", None))
#endif // QT_CONFIG(tooltip)
        self.observedLabel.setText(QCoreApplication.translate("StatusDialog", u"&Observed at:", None))
#if QT_CONFIG(tooltip)
        self.observedEdit.setToolTip(QCoreApplication.translate("StatusDialog", u"When the situation was observed; an earlier time is allowed (say why in the reason)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

