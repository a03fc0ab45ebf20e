# GENERATED from ui/settings_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 220)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.operatorLabel = QLabel(SettingsDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.officerLayout = QHBoxLayout()
        self.officerLayout.setObjectName(u"officerLayout")
        self.officerValue = QLabel(SettingsDialog)
        self.officerValue.setObjectName(u"officerValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.officerValue.sizePolicy().hasHeightForWidth())
        self.officerValue.setSizePolicy(sizePolicy)
        self.officerValue.setWordWrap(True)
        self.officerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.officerLayout.addWidget(self.officerValue)

        self.officerButton = QPushButton(SettingsDialog)
        self.officerButton.setObjectName(u"officerButton")
        self.officerButton.setAutoDefault(False)

        self.officerLayout.addWidget(self.officerButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.officerLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.languageNote = QLabel(SettingsDialog)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.languageNote)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.operatorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Officer on duty:", None))
#if QT_CONFIG(tooltip)
        self.officerButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Correct the officer on duty, the post's name or its time zone", None))
#endif // QT_CONFIG(tooltip)
        self.officerButton.setText(QCoreApplication.translate("SettingsDialog", u"&Change\u2026", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"The language changes as soon as you press OK. Numbers and dates always use the Indonesian format. The officer on duty is kept in the database and named in the history of every change; when another officer takes over, use File \u203a Handover of duty.", None))
    # retranslateUi

