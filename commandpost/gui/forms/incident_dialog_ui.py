# GENERATED from ui/incident_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(600, 640)
        self.dialogLayout = QVBoxLayout(IncidentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.locationLabel = QLabel(IncidentDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationValue = QLabel(IncidentDialog)
        self.locationValue.setObjectName(u"locationValue")
        self.locationValue.setWordWrap(True)
        self.locationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationValue)

        self.occurredLabel = QLabel(IncidentDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(IncidentDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.occurredEdit.sizePolicy().hasHeightForWidth())
        self.occurredEdit.setSizePolicy(sizePolicy)
        self.occurredEdit.setDisplayFormat(u"d MMM yyyy HH.mm")
        self.occurredEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.typeLabel = QLabel(IncidentDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(IncidentDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMaxVisibleItems(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.descriptionLabel = QLabel(IncidentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(IncidentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy1)
        self.descriptionEdit.setMinimumSize(QSize(0, 80))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.reporterLabel = QLabel(IncidentDialog)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterNameEdit = QLineEdit(IncidentDialog)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")
        self.reporterNameEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reporterNameEdit)

        self.reporterUnitLabel = QLabel(IncidentDialog)
        self.reporterUnitLabel.setObjectName(u"reporterUnitLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reporterUnitLabel)

        self.reporterLayout = QHBoxLayout()
        self.reporterLayout.setObjectName(u"reporterLayout")
        self.reporterUnitEdit = QLineEdit(IncidentDialog)
        self.reporterUnitEdit.setObjectName(u"reporterUnitEdit")
        self.reporterUnitEdit.setMaxLength(200)

        self.reporterLayout.addWidget(self.reporterUnitEdit)

        self.reporterContactEdit = QLineEdit(IncidentDialog)
        self.reporterContactEdit.setObjectName(u"reporterContactEdit")
        self.reporterContactEdit.setMaxLength(100)

        self.reporterLayout.addWidget(self.reporterContactEdit)

        self.reporterLayout.setStretch(0, 3)
        self.reporterLayout.setStretch(1, 2)

        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reporterLayout)

        self.peopleLabel = QLabel(IncidentDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.peopleLabel)

        self.peopleEdit = QPlainTextEdit(IncidentDialog)
        self.peopleEdit.setObjectName(u"peopleEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.peopleEdit.sizePolicy().hasHeightForWidth())
        self.peopleEdit.setSizePolicy(sizePolicy2)
        self.peopleEdit.setMinimumSize(QSize(0, 56))
        self.peopleEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.peopleEdit)

        self.damageLabel = QLabel(IncidentDialog)
        self.damageLabel.setObjectName(u"damageLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.damageLabel)

        self.damageEdit = QPlainTextEdit(IncidentDialog)
        self.damageEdit.setObjectName(u"damageEdit")
        sizePolicy2.setHeightForWidth(self.damageEdit.sizePolicy().hasHeightForWidth())
        self.damageEdit.setSizePolicy(sizePolicy2)
        self.damageEdit.setMinimumSize(QSize(0, 56))
        self.damageEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.damageEdit)

        self.actionsLabel = QLabel(IncidentDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.actionsLabel)

        self.actionsEdit = QPlainTextEdit(IncidentDialog)
        self.actionsEdit.setObjectName(u"actionsEdit")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(2)
        sizePolicy3.setHeightForWidth(self.actionsEdit.sizePolicy().hasHeightForWidth())
        self.actionsEdit.setSizePolicy(sizePolicy3)
        self.actionsEdit.setMinimumSize(QSize(0, 56))
        self.actionsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.actionsEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(IncidentDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(IncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.reporterLabel.setBuddy(self.reporterNameEdit)
        self.reporterUnitLabel.setBuddy(self.reporterUnitEdit)
        self.peopleLabel.setBuddy(self.peopleEdit)
        self.damageLabel.setBuddy(self.damageEdit)
        self.actionsLabel.setBuddy(self.actionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurredEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.reporterNameEdit)
        QWidget.setTabOrder(self.reporterNameEdit, self.reporterUnitEdit)
        QWidget.setTabOrder(self.reporterUnitEdit, self.reporterContactEdit)
        QWidget.setTabOrder(self.reporterContactEdit, self.peopleEdit)
        QWidget.setTabOrder(self.peopleEdit, self.damageEdit)
        QWidget.setTabOrder(self.damageEdit, self.actionsEdit)

        self.retranslateUi(IncidentDialog)
        self.buttonBox.accepted.connect(IncidentDialog.accept)
        self.buttonBox.rejected.connect(IncidentDialog.reject)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Log incident", None))
        self.locationLabel.setText(QCoreApplication.translate("IncidentDialog", u"Location:", None))
        self.occurredLabel.setText(QCoreApplication.translate("IncidentDialog", u"&When it happened:", None))
#if QT_CONFIG(tooltip)
        self.occurredEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"When the incident happened (local time); it cannot lie in the future", None))
#endif // QT_CONFIG(tooltip)
        self.typeLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Type:", None))
        self.typeCombo.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Choose the type\u2026", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentDialog", u"What &happened:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Required: what happened, exactly where, and how it started", None))
        self.reporterLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Reported by:", None))
#if QT_CONFIG(tooltip)
        self.reporterNameEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Who reported it from the field, if not you (optional)", None))
#endif // QT_CONFIG(tooltip)
        self.reporterNameEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Rank and name of who reported it, e.g. Bripka Andi", None))
        self.reporterUnitLabel.setText(QCoreApplication.translate("IncidentDialog", u"U&nit and phone:", None))
        self.reporterUnitEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Unit, e.g. Polsek Cikeusal", None))
        self.reporterContactEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Phone (optional)", None))
        self.peopleLabel.setText(QCoreApplication.translate("IncidentDialog", u"&People involved:", None))
        self.peopleEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Groups, numbers, names if known", None))
        self.damageLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Damage or losses:", None))
        self.damageEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"Injuries, damaged property, lost election material", None))
        self.actionsLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Actions taken:", None))
        self.actionsEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"What officers have done so far", None))
    # retranslateUi

