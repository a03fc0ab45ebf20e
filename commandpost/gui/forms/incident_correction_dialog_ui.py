# GENERATED from ui/incident_correction_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_correction_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_IncidentCorrectionDialog(object):
    def setupUi(self, IncidentCorrectionDialog):
        if not IncidentCorrectionDialog.objectName():
            IncidentCorrectionDialog.setObjectName(u"IncidentCorrectionDialog")
        IncidentCorrectionDialog.resize(600, 600)
        self.dialogLayout = QVBoxLayout(IncidentCorrectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(IncidentCorrectionDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.typeLabel = QLabel(IncidentCorrectionDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(IncidentCorrectionDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMaxVisibleItems(20)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.occurredLabel = QLabel(IncidentCorrectionDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredEdit = QDateTimeEdit(IncidentCorrectionDialog)
        self.occurredEdit.setObjectName(u"occurredEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.occurredEdit.sizePolicy().hasHeightForWidth())
        self.occurredEdit.setSizePolicy(sizePolicy)
        self.occurredEdit.setDisplayFormat(u"d MMM yyyy HH.mm")
        self.occurredEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredEdit)

        self.placeLabel = QLabel(IncidentCorrectionDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeLayout = QVBoxLayout()
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeValue = QLabel(IncidentCorrectionDialog)
        self.placeValue.setObjectName(u"placeValue")
        self.placeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.placeValue.setWordWrap(True)

        self.placeLayout.addWidget(self.placeValue)

        self.moveCheck = QCheckBox(IncidentCorrectionDialog)
        self.moveCheck.setObjectName(u"moveCheck")

        self.placeLayout.addWidget(self.moveCheck)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.placeLayout)

        self.descriptionLabel = QLabel(IncidentCorrectionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(IncidentCorrectionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 64))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.reporterLabel = QLabel(IncidentCorrectionDialog)
        self.reporterLabel.setObjectName(u"reporterLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reporterLabel)

        self.reporterNameEdit = QLineEdit(IncidentCorrectionDialog)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")
        self.reporterNameEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reporterNameEdit)

        self.reporterUnitLabel = QLabel(IncidentCorrectionDialog)
        self.reporterUnitLabel.setObjectName(u"reporterUnitLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reporterUnitLabel)

        self.reporterLayout = QHBoxLayout()
        self.reporterLayout.setObjectName(u"reporterLayout")
        self.reporterUnitEdit = QLineEdit(IncidentCorrectionDialog)
        self.reporterUnitEdit.setObjectName(u"reporterUnitEdit")
        self.reporterUnitEdit.setMaxLength(200)

        self.reporterLayout.addWidget(self.reporterUnitEdit)

        self.reporterContactEdit = QLineEdit(IncidentCorrectionDialog)
        self.reporterContactEdit.setObjectName(u"reporterContactEdit")
        self.reporterContactEdit.setMaxLength(100)

        self.reporterLayout.addWidget(self.reporterContactEdit)

        self.reporterLayout.setStretch(0, 3)
        self.reporterLayout.setStretch(1, 2)

        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reporterLayout)

        self.reasonLabel = QLabel(IncidentCorrectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(IncidentCorrectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 56))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(IncidentCorrectionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(IncidentCorrectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.occurredLabel.setBuddy(self.occurredEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.reporterLabel.setBuddy(self.reporterNameEdit)
        self.reporterUnitLabel.setBuddy(self.reporterUnitEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.occurredEdit)
        QWidget.setTabOrder(self.occurredEdit, self.moveCheck)
        QWidget.setTabOrder(self.moveCheck, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.reporterNameEdit)
        QWidget.setTabOrder(self.reporterNameEdit, self.reporterUnitEdit)
        QWidget.setTabOrder(self.reporterUnitEdit, self.reporterContactEdit)
        QWidget.setTabOrder(self.reporterContactEdit, self.reasonEdit)

        self.retranslateUi(IncidentCorrectionDialog)
        self.buttonBox.accepted.connect(IncidentCorrectionDialog.accept)
        self.buttonBox.rejected.connect(IncidentCorrectionDialog.reject)
    # setupUi

    def retranslateUi(self, IncidentCorrectionDialog):
        IncidentCorrectionDialog.setWindowTitle(QCoreApplication.translate("IncidentCorrectionDialog", u"Correct incident", None))
        self.typeLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"&Type:", None))
        self.occurredLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"&When it happened:", None))
        self.placeLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"Place:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"What &happened:", None))
        self.reporterLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"&Reported by:", None))
        self.reporterNameEdit.setPlaceholderText(QCoreApplication.translate("IncidentCorrectionDialog", u"Rank and name of who reported it, e.g. Bripka Andi", None))
        self.reporterUnitLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"U&nit and phone:", None))
        self.reporterUnitEdit.setPlaceholderText(QCoreApplication.translate("IncidentCorrectionDialog", u"Unit, e.g. Polsek Cikeusal", None))
        self.reporterContactEdit.setPlaceholderText(QCoreApplication.translate("IncidentCorrectionDialog", u"Phone (optional)", None))
        self.reasonLabel.setText(QCoreApplication.translate("IncidentCorrectionDialog", u"Rea&son:", None))
    # retranslateUi

