# GENERATED from ui/stage_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from commandpost.gui.widgets.date_field import DateField

class Ui_StageDialog(object):
    def setupUi(self, StageDialog):
        if not StageDialog.objectName():
            StageDialog.setObjectName(u"StageDialog")
        StageDialog.resize(520, 150)
        StageDialog.setWindowTitle(u"Stage")
        self.dialogLayout = QVBoxLayout(StageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stageForm = QFormLayout()
        self.stageForm.setObjectName(u"stageForm")
        self.stageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(StageDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.stageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.stageName = QLineEdit(StageDialog)
        self.stageName.setObjectName(u"stageName")
        self.stageName.setMaxLength(200)

        self.stageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stageName)

        self.stageDated = QCheckBox(StageDialog)
        self.stageDated.setObjectName(u"stageDated")

        self.stageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stageDated)

        self.fromLabel = QLabel(StageDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.stageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.stageStart = DateField(StageDialog)
        self.stageStart.setObjectName(u"stageStart")

        self.datesRow.addWidget(self.stageStart)

        self.toLabel = QLabel(StageDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.stageEnd = DateField(StageDialog)
        self.stageEnd.setObjectName(u"stageEnd")

        self.datesRow.addWidget(self.stageEnd)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.stageForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.parentLabel = QLabel(StageDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.stageForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.stageParent = QComboBox(StageDialog)
        self.stageParent.setObjectName(u"stageParent")

        self.stageForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stageParent)

        self.kindLabel = QLabel(StageDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.stageForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.stageKind = QComboBox(StageDialog)
        self.stageKind.setObjectName(u"stageKind")

        self.stageForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageKind)


        self.dialogLayout.addLayout(self.stageForm)

        self.stageError = QLabel(StageDialog)
        self.stageError.setObjectName(u"stageError")
        self.stageError.setStyleSheet(u"color: #b71c1c; font-weight: bold;")
        self.stageError.setTextFormat(Qt.TextFormat.PlainText)
        self.stageError.setWordWrap(True)

        self.dialogLayout.addWidget(self.stageError)

        self.buttonBox = QDialogButtonBox(StageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.stageName)
        self.fromLabel.setBuddy(self.stageStart)
        self.parentLabel.setBuddy(self.stageParent)
        self.kindLabel.setBuddy(self.stageKind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stageName, self.stageDated)
        QWidget.setTabOrder(self.stageDated, self.stageStart)
        QWidget.setTabOrder(self.stageStart, self.stageEnd)
        QWidget.setTabOrder(self.stageEnd, self.stageParent)
        QWidget.setTabOrder(self.stageParent, self.stageKind)

        self.retranslateUi(StageDialog)
        self.buttonBox.accepted.connect(StageDialog.accept)
        self.buttonBox.rejected.connect(StageDialog.reject)
    # setupUi

    def retranslateUi(self, StageDialog):
        self.nameLabel.setText(QCoreApplication.translate("StageDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.stageDated.setToolTip(QCoreApplication.translate("StageDialog", u"Leave unticked for a group whose dates are those of its sub-stages.", None))
#endif // QT_CONFIG(tooltip)
        self.stageDated.setText(QCoreApplication.translate("StageDialog", u"&Has its own dates", None))
        self.fromLabel.setText(QCoreApplication.translate("StageDialog", u"&From:", None))
        self.toLabel.setText(QCoreApplication.translate("StageDialog", u"to", None))
        self.parentLabel.setText(QCoreApplication.translate("StageDialog", u"&Part of:", None))
        self.kindLabel.setText(QCoreApplication.translate("StageDialog", u"&Kind:", None))
        pass
    # retranslateUi

