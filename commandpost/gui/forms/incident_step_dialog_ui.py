# GENERATED from ui/incident_step_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_IncidentStepDialog(object):
    def setupUi(self, IncidentStepDialog):
        if not IncidentStepDialog.objectName():
            IncidentStepDialog.setObjectName(u"IncidentStepDialog")
        IncidentStepDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(IncidentStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(IncidentStepDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.incidentForm = QFormLayout()
        self.incidentForm.setObjectName(u"incidentForm")
        self.incidentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.incidentForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.whenLabel = QLabel(IncidentStepDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.incidentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenValue = QLabel(IncidentStepDialog)
        self.whenValue.setObjectName(u"whenValue")
        self.whenValue.setTextFormat(Qt.TextFormat.PlainText)
        self.whenValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.incidentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenValue)

        self.placeLabel = QLabel(IncidentStepDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.incidentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeValue = QLabel(IncidentStepDialog)
        self.placeValue.setObjectName(u"placeValue")
        self.placeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.placeValue.setWordWrap(True)
        self.placeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.incidentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeValue)

        self.typeLabel = QLabel(IncidentStepDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.incidentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeValue = QLabel(IncidentStepDialog)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.typeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.incidentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.descriptionLabel = QLabel(IncidentStepDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.incidentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionValue = QLabel(IncidentStepDialog)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setTextFormat(Qt.TextFormat.PlainText)
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.incidentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionValue)


        self.dialogLayout.addLayout(self.incidentForm)

        self.separator = QFrame(IncidentStepDialog)
        self.separator.setObjectName(u"separator")
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.dialogLayout.addWidget(self.separator)

        self.stepForm = QFormLayout()
        self.stepForm.setObjectName(u"stepForm")
        self.stepForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stepForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.noteLabel = QLabel(IncidentStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.stepForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(IncidentStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.noteEdit.sizePolicy().hasHeightForWidth())
        self.noteEdit.setSizePolicy(sizePolicy)
        self.noteEdit.setMinimumSize(QSize(0, 80))
        self.noteEdit.setTabChangesFocus(True)

        self.stepForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.actionsLabel = QLabel(IncidentStepDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.stepForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(IncidentStepDialog)
        self.actionsEdit.setObjectName(u"actionsEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.actionsEdit.sizePolicy().hasHeightForWidth())
        self.actionsEdit.setSizePolicy(sizePolicy1)
        self.actionsEdit.setMinimumSize(QSize(0, 64))
        self.actionsEdit.setTabChangesFocus(True)

        self.stepForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actionsEdit)


        self.dialogLayout.addLayout(self.stepForm)

        self.hintLabel = QLabel(IncidentStepDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(IncidentStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.actionsLabel.setBuddy(self.actionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.actionsEdit)

        self.retranslateUi(IncidentStepDialog)
        self.buttonBox.accepted.connect(IncidentStepDialog.accept)
        self.buttonBox.rejected.connect(IncidentStepDialog.reject)
    # setupUi

    def retranslateUi(self, IncidentStepDialog):
        IncidentStepDialog.setWindowTitle(QCoreApplication.translate("IncidentStepDialog", u"Incident step", None))
        self.whenLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"When:", None))
        self.placeLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"Where:", None))
        self.typeLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"Type:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"What happened:", None))
        self.noteLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"What was &done:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("IncidentStepDialog", u"Required: what officers did and who was informed", None))
        self.actionsLabel.setText(QCoreApplication.translate("IncidentStepDialog", u"&Actions taken:", None))
#if QT_CONFIG(tooltip)
        self.actionsEdit.setToolTip(QCoreApplication.translate("IncidentStepDialog", u"The incident's record of actions; change it to bring it up to date", None))
#endif // QT_CONFIG(tooltip)
        self.actionsEdit.setPlaceholderText(QCoreApplication.translate("IncidentStepDialog", u"Optional: all actions taken so far", None))
    # retranslateUi

